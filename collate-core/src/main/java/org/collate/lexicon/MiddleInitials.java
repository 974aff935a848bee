package org.collate.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The middle initials of a person's full name, which tell apart people whose first and last names are the same:
 * "George W. Bush" and "George H.W. Bush" are son and father. Used where mentions are joined into one person, in one
 * article and across a story, so both draw the line alike.
 */
public final class MiddleInitials {

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?){1,3}");

    private MiddleInitials() {
    }

    /**
     * The letters of the initials between the first and the last word ("H.W." and "H. W." both give "HW"), or null
     * when the name has no middle, or a middle that is not initials (a middle name written out proves nothing).
     */
    public static String of(List<String> words) {
        if (words.size() < 3) {
            return null;
        }
        StringBuilder letters = new StringBuilder();
        for (String w : words.subList(1, words.size() - 1)) {
            if (!INITIALS.matcher(w).matches()) {
                return null;
            }
            letters.append(w.replace(".", ""));
        }
        return letters.toString();
    }

    /** Whether both names carry middle initials, and other ones. */
    public static boolean differ(List<String> a, List<String> b) {
        String ia = of(a);
        String ib = of(b);
        return ia != null && ib != null && !ia.equals(ib);
    }
}
