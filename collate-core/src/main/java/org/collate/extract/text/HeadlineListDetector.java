package org.collate.extract.text;

import org.collate.extract.ExtractSettings;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the list of other articles' headlines that sites append to a story (the second seed ends with sixteen
 * celebrity and royal headlines, each followed by " -"). A trailing run of at least
 * {@link ExtractSettings#headlineListMinRun()} headline-shaped units counts when its words barely overlap the
 * story's: a story's own list of points shares its vocabulary.
 */
final class HeadlineListDetector {

    /** The fewest headline-shaped units that make a list ({@link ExtractSettings#headlineListMinRun()}). */
    private final int minRun;
    /**
     * Share of a run's content words found in the story above it, at or below which the run is unrelated
     * ({@link ExtractSettings#headlineListMaxOverlap()}).
     */
    private final double maxOverlap;

    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on",
            "for", "with", "at", "by", "from", "as", "is", "are", "was", "were", "be", "his", "her", "their", "its",
            "after", "over", "about", "into", "how", "why", "what", "who", "he", "she", "they", "it", "this", "that",
            "has", "have", "had", "not", "no", "but", "up", "out", "off", "says", "said", "new");

    HeadlineListDetector(ExtractSettings settings) {
        this.minRun = settings.headlineListMinRun();
        this.maxOverlap = settings.headlineListMaxOverlap();
    }

    /** The index of the first unit of the trailing headline list, or {@code units.size()} if there is none. */
    int trailingListStart(List<TextUnit> units, int bodyStart) {
        int start = units.size();
        int headlines = 0;
        for (int i = units.size() - 1; i >= bodyStart; i--) {
            TextUnit unit = units.get(i);
            if (!unit.hasLetters()) {
                start = i;
                continue;
            }
            if (!isHeadlineShaped(unit)) {
                break;
            }
            start = i;
            headlines++;
        }
        if (headlines < minRun || start <= bodyStart) {
            return units.size();
        }
        Set<String> story = new HashSet<>();
        for (int i = bodyStart; i < start; i++) {
            story.addAll(contentWords(units.get(i).text()));
        }
        int total = 0;
        int shared = 0;
        for (int i = start; i < units.size(); i++) {
            for (String w : contentWords(units.get(i).text())) {
                total++;
                if (story.contains(w)) {
                    shared++;
                }
            }
        }
        return total > 0 && shared <= total * maxOverlap ? start : units.size();
    }

    /** Short, not a sentence, and mostly capitalised words, or ending in a list separator (" -", " |"). */
    static boolean isHeadlineShaped(TextUnit unit) {
        String text = unit.text();
        int words = unit.words();
        if (words < 2 || words > 25) {
            return false;
        }
        boolean separator = text.matches(".*\\s[-–—|•]$");
        if (separator) {
            return true;
        }
        if (unit.endsLikeSentence() && !text.endsWith("?") && !text.endsWith("!")) {
            return false;
        }
        int capitalised = 0;
        int counted = 0;
        for (String w : text.split("\\s+")) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (bare.isEmpty() || STOP_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(bare.codePointAt(0)) || Character.isDigit(bare.codePointAt(0))) {
                capitalised++;
            }
        }
        return counted > 0 && capitalised >= counted * 0.6;
    }

    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !STOP_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
