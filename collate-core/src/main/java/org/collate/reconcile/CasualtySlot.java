package org.collate.reconcile;

import org.collate.model.Span;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Casualties: one sentence reports only injuries, in an article that reports no death at all, where the other reports
 * deaths ("dozens injured" / "deadly").
 */
final class CasualtySlot implements SlotCheck {

    private static final Pattern INJURY = Pattern.compile("\\b(injur\\w*|wound\\w*|hurt)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEATH = Pattern.compile(
            "\\b(dead|deaths?|died|dying|kill\\w*|deadly|fatal\\w*|lethal|casualt\\w*|lives)\\b", Pattern.CASE_INSENSITIVE);

    static boolean mentionsCasualties(String text) {
        return INJURY.matcher(text).find() || DEATH.matcher(text).find();
    }

    @Override
    public void compare(StorySentence a, StorySentence b, List<Conflict> out) {
        String ta = a.text();
        String tb = b.text();
        Matcher ia = INJURY.matcher(ta);
        Matcher ib = INJURY.matcher(tb);
        Matcher da = DEATH.matcher(ta);
        Matcher db = DEATH.matcher(tb);
        boolean injA = ia.find();
        boolean injB = ib.find();
        boolean deathA = da.find();
        boolean deathB = db.find();
        // Only where the article that reports injuries reports no death anywhere: a sentence about the wounded in an
        // article that counts the dead elsewhere disagrees with nothing.
        if (injA && !deathA && deathB && !injB && !DEATH.matcher(a.source().text()).find()) {
            out.add(new Conflict("casualties", "casualties", phrase(a, ia), phrase(b, db)));
        } else if (injB && !deathB && deathA && !injA && !DEATH.matcher(b.source().text()).find()) {
            out.add(new Conflict("casualties", "casualties", phrase(a, da), phrase(b, ib)));
        }
    }

    /**
     * The words around a casualty term, the reading a person understands: the two words before it ("left dozens
     * injured") or, for an adjective, the noun after it ("deadly clashes").
     */
    private static Conflict.Value phrase(StorySentence s, Matcher m) {
        String text = s.text();
        int start = m.start();
        int end = m.end();
        int before = start;
        for (int k = 0; k < 2 && before > 0; k++) {
            int space = text.lastIndexOf(' ', before - 2);
            int candidate = space < 0 ? 0 : space + 1;
            if (text.substring(candidate, before).matches(".*[,.;:“”\"].*")) {
                break;
            }
            before = candidate;
        }
        int after = end;
        if (m.group().toLowerCase(Locale.ROOT).matches("deadly|fatal|lethal")) {
            int space = text.indexOf(' ', end + 1);
            after = space < 0 ? text.length() : space;
            before = start;
        }
        int base = s.sentence().span().start();
        String words = text.substring(before, after).replaceAll("[,.;:]+$", "");
        return new Conflict.Value(s.index(), words, new Span(base + before, base + before + words.length()));
    }
}
