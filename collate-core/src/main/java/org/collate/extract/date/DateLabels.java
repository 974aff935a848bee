package org.collate.extract.date;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words pages put before a date to say what it is, in the languages {@link MonthNames} reads: "Published",
 * "Publié le", "Publicado", "Veröffentlicht", "Опубликовано", "Yayınlanma" say publication; "Updated", "Mis à
 * jour", "Actualizado", "Aktualisiert", "Обновлено", "Güncelleme" say modification. Chinese, Japanese and
 * Korean labels ("发布", "公開", "입력") count only right before the date, since they are not set off by spaces and
 * occur inside other words. Class names and ids are read with the same words ({@code published}, {@code updated}).
 */
final class DateLabels {

    private static final Pattern PUBLISHED = Pattern.compile("(?iuU)(?:\\bpublished|\\bposted|\\bpublication|"
            + "\\bpubdate|\\bfirst\\s+published|\\breleased|\\bissued|\\bcreated|\\bpublié|\\bpubliée|"
            + "\\bmis\\s+en\\s+ligne|\\bparu|\\bpublicad[oa]|\\bpublicación|\\bfecha\\s+de\\s+publicación|\\bpublicat|"
            + "\\bpublicaç|\\bveröffentlicht|\\bpubliziert|\\berschienen|\\berscheinungs(?:datum|tag)|\\bpubblicat[oa]|\\bgepubliceerd|"
            + "\\bgeplaatst|\\bopublikowan[oy]|\\bpublikacja|\\bdodano|\\bopubl|опубликован|опубліковано|"
            + "публикаци|публікаці|дата\\s+публ|\\byayınlanma|\\byayın\\s+tarihi|\\byayımlanma|\\bobjavljeno|"
            + "\\bpublikováno|\\bpublikovan|\\bpublicerad|\\bpubliceret|\\bpublisert|\\bjulkaistu|\\bmegjelent|"
            + "\\bditerbitkan|\\bdipublikasikan|\\bδημοσίευση|δημοσιεύθηκε|نشر|تاريخ\\s+النشر|منتشر\\s+شده|"
            + "(?:发布|發佈|发表|發表|公開|投稿|등록|입력|작성)(?:时间|時間|日時|日期|日|일시|일)?\\s*[:：]?\\s*$|\\bdate\\s*:|\\bfecha\\s*:|\\bdatum\\s*:|\\bdata\\s*:|"
            + "\\bдата\\s*:)");
    private static final Pattern MODIFIED = Pattern.compile("(?iuU)(?:\\bupdated|\\blast\\s+updated|\\bmodified|"
            + "\\brevised|\\bedited|\\bmis\\s+à\\s+jour|\\bmise\\s+à\\s+jour|\\bmodifié|\\bactualizad[oa]|"
            + "\\bactualización|\\bmodificad[oa]|\\batualizad[oa]|\\baktualisiert|\\baktualisierung|\\bgeändert|\\bänderung|"
            + "\\baggiornat[oa]|\\baggiornamento|\\bbijgewerkt|\\bgewijzigd|\\bzaktualizowan|\\baktualizacja|"
            + "\\bzmodyfikowan|обновлен|оновлен|изменен|змінено|\\bgüncellen|\\bgüncelleme|\\bactualizat|"
            + "\\baktualizov|\\bajourført|\\buppdaterad|\\bopdateret|\\bpäivitetty|\\bfrissítve|\\bενημερώθηκε|"
            + "\\bενημέρωση|\\bdiperbarui|تحديث|(?:更新|수정)(?:时间|時間|日時|日期|日|일시|일)?\\s*[:：]?\\s*$)");

    /** Label words that prose uses of other things than the page: "released", "issued", "created", "paru". */
    private static final Pattern PROSE_WORDS = Pattern.compile("(?iu)released|issued|created|paru|erschienen|edited");
    private static final Pattern OTHER_THINGS = Pattern.compile("(?iuU)\\bjoined|member\\s+since|\\bborn\\b|\\bdied\\b"
            + "|\\bfounded|\\bestablished|\\bdeadline|\\bexpires?|\\bvalid\\s+(?:until|through|till)|\\bbirthday"
            + "|\\bné(?:e)?\\s+le|\\bgeboren|\\bgestorben|\\bgegründet|\\bnacid[oa]|\\bfallecid[oa]|\\bfundad[oa]"
            + "|\\bfondé(?:e)?|\\bnat[oa]\\s+(?:il|a)|родил|умер|основан|народил|\\burodzi|\\bzmarł|\\bdoğum"
            + "|\\bkuruluş|\\bbitiş|\\bson\\s+başvuru");
    /** Away from the headline, a label ends at most this close before its date. */
    private final int strictGap;
    /** How far before a date the words giving it to another thing count. */
    private final int otherReach;

    DateLabels(DateWindows windows) {
        this.strictGap = windows.strictGap();
        this.otherReach = windows.otherReach();
    }

    /**
     * What the words just before a date say it is, judged by the label nearest to it: PUBLISHED, MODIFIED, or null
     * when {@code before} has neither.
     */
    DateCandidate.Role roleOf(String before) {
        return roleOf(before, false);
    }

    /**
     * As {@link #roleOf(String)}; when {@code strict}, for dates away from the headline, the label must end at most
     * {@link DateWindows#strictGap()} characters before the date ("Published on 3 May") and must not be a word that
     * running prose uses of other things ("the report released on 3 May").
     */
    DateCandidate.Role roleOf(String before, boolean strict) {
        if (before == null || before.isBlank()) {
            return null;
        }
        Matcher p = lastMatch(PUBLISHED, before);
        Matcher m = lastMatch(MODIFIED, before);
        int published = p == null ? -1 : p.end();
        int modified = m == null ? -1 : m.end();
        if (published < 0 && modified < 0) {
            return null;
        }
        DateCandidate.Role role = modified > published ? DateCandidate.Role.MODIFIED : DateCandidate.Role.PUBLISHED;
        if (strict) {
            Matcher label = role == DateCandidate.Role.MODIFIED ? m : p;
            if (before.length() - label.end() > strictGap || PROSE_WORDS.matcher(label.group()).find()) {
                return null;
            }
        }
        return role;
    }

    /**
     * Whether the words right before a date say it is the date of something else than the page: a member's joining,
     * a birth or death, a founding, a deadline or expiry ("Joined May 11, 2017", "Born 3 March 1990", "Founded",
     * "valid until", "né le", "geboren", "родился").
     */
    boolean namesOtherThing(String before) {
        if (before == null || before.isBlank()) {
            return false;
        }
        String tail = before.length() > otherReach ? before.substring(before.length() - otherReach) : before;
        return OTHER_THINGS.matcher(tail).find();
    }

    /** Whether a class name, id or itemprop says modification ({@code updated}, {@code date-modified}). */
    static boolean namesModified(String name) {
        return name != null && name.matches("(?i).*(updat|modif|revis|edited|aktualis).*");
    }

    /** The last match of {@code p} in {@code s}, or null. */
    private static Matcher lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int start = -1;
        while (m.find()) {
            start = m.start();
        }
        if (start < 0) {
            return null;
        }
        m.find(start);
        return m;
    }
}
