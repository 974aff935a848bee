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

    private static final Pattern PUBLISHED = Pattern.compile("(?iu)(?:\\bpublished|\\bposted|\\bpublication|"
            + "\\bpubdate|\\bfirst\\s+published|\\breleased|\\bissued|\\bcreated|\\bpublié|\\bpubliée|"
            + "\\bmis\\s+en\\s+ligne|\\bparu|\\bpublicad[oa]|\\bpublicación|\\bfecha\\s+de\\s+publicación|\\bpublicat|"
            + "\\bpublicaç|\\bveröffentlicht|\\bpubliziert|\\berschienen|\\bpubblicat[oa]|\\bgepubliceerd|"
            + "\\bgeplaatst|\\bopublikowan[oy]|\\bpublikacja|\\bdodano|\\bopubl|опубликован|опубліковано|"
            + "публикаци|публікаці|дата\\s+публ|\\byayınlanma|\\byayın\\s+tarihi|\\byayımlanma|\\bobjavljeno|"
            + "\\bpublikováno|\\bpublikovan|\\bpublicerad|\\bpubliceret|\\bpublisert|\\bjulkaistu|\\bmegjelent|"
            + "\\bditerbitkan|\\bdipublikasikan|\\bδημοσίευση|δημοσιεύθηκε|نشر|تاريخ\\s+النشر|منتشر\\s+شده|"
            + "(?:发布|發佈|发表|發表|公開|投稿|등록|입력|작성)(?:时间|時間|日時|日期|日|일시|일)?\\s*[:：]?\\s*$|\\bdate\\s*:|\\bfecha\\s*:|\\bdatum\\s*:|\\bdata\\s*:|"
            + "\\bдата\\s*:)");
    private static final Pattern MODIFIED = Pattern.compile("(?iu)(?:\\bupdated|\\blast\\s+updated|\\bmodified|"
            + "\\brevised|\\bedited|\\bmis\\s+à\\s+jour|\\bmise\\s+à\\s+jour|\\bmodifié|\\bactualizad[oa]|"
            + "\\bactualización|\\bmodificad[oa]|\\batualizad[oa]|\\baktualisiert|\\baktualisierung|\\bgeändert|"
            + "\\baggiornat[oa]|\\baggiornamento|\\bbijgewerkt|\\bgewijzigd|\\bzaktualizowan|\\baktualizacja|"
            + "\\bzmodyfikowan|обновлен|оновлен|изменен|змінено|\\bgüncellen|\\bgüncelleme|\\bactualizat|"
            + "\\baktualizov|\\bajourført|\\buppdaterad|\\bopdateret|\\bpäivitetty|\\bfrissítve|\\bενημερώθηκε|"
            + "\\bενημέρωση|\\bdiperbarui|تحديث|(?:更新|수정)(?:时间|時間|日時|日期|日|일시|일)?\\s*[:：]?\\s*$)");

    private DateLabels() {
    }

    /**
     * What the words just before a date say it is, judged by the label nearest to it: PUBLISHED, MODIFIED, or null
     * when {@code before} has neither.
     */
    static DateCandidate.Role roleOf(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        int published = lastMatch(PUBLISHED, before);
        int modified = lastMatch(MODIFIED, before);
        if (published < 0 && modified < 0) {
            return null;
        }
        return modified > published ? DateCandidate.Role.MODIFIED : DateCandidate.Role.PUBLISHED;
    }

    /** Whether a class name, id or itemprop says modification ({@code updated}, {@code date-modified}). */
    static boolean namesModified(String name) {
        return name != null && name.matches("(?i).*(updat|modif|revis|edited|aktualis).*");
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last;
    }
}
