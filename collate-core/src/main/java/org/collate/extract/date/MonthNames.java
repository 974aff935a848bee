package org.collate.extract.date;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Month names in the languages news is written in, with the forms dates use: nominative and genitive ("сентябрь",
 * "сентября", "вересня", "września"), usual abbreviations ("Sept.", "janv.", "févr.", "мрт"), and spellings without
 * accents ("fevrier", "aout", "kasim"). A word of three letters or more that begins exactly one month's names in
 * every language that has it ("Sep", "juil", "dic") counts as that month's abbreviation.
 *
 * <p>Languages: English, French, Spanish, Catalan, Portuguese, Italian, German, Dutch, Swedish, Danish, Norwegian,
 * Polish, Czech, Slovak, Slovenian, Serbian (Latin and Cyrillic), Bulgarian, Romanian, Hungarian, Finnish,
 * Lithuanian, Greek, Russian, Ukrainian, Turkish, Azerbaijani, Indonesian, Malay, Arabic, Persian and Hindi.
 * Croatian's Slavic names are left out on purpose: its "listopad" is October where Polish and Czech mean November.
 * Every other language the JDK's locale data (CLDR) names months in adds its full and short names, exactly as
 * written, from {@code month-names.tsv} (Bengali, Tamil, Swahili, Welsh… some 1,900 names).
 */
final class MonthNames {

    /** Exact names, lower case, and the same without diacritics. */
    private static final Map<String, Integer> EXACT = new HashMap<>();
    /** Every name sorted, for the unique-prefix rule. */
    private static final TreeMap<String, Integer> SORTED = new TreeMap<>();

    static {
        add("january february march april may june july august september october november december");
        add("jan feb mar apr may jun jul aug sep oct nov dec");
        add("- - - - - - - - sept - - -");
        // French
        add("janvier février mars avril mai juin juillet août septembre octobre novembre décembre");
        add("janv févr - avr - - juil - - - - déc");
        // Spanish, Catalan
        add("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre");
        add("- - - - - - - - setiembre - - -");
        add("ene - - - - - - - - - - dic");
        add("gener febrer març abril maig juny juliol agost setembre octubre novembre desembre");
        // Portuguese, Italian
        add("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro");
        add("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre");
        add("gen - - - mag giu lug ago set ott - -");
        // German (with Austrian Jänner), Dutch
        add("januar februar märz april mai juni juli august september oktober november dezember");
        add("jänner - maerz - - - - - - okt - dez");
        add("januari februari maart april mei juni juli augustus september oktober november december");
        add("- - mrt - - - - - - - - -");
        // Scandinavian
        add("januari februari mars april maj juni juli augusti september oktober november december");
        add("januar februar marts april maj juni juli august september oktober november december");
        add("januar februar mars april mai juni juli august september oktober november desember");
        // Polish: genitive (dates) and nominative
        add("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia");
        add("styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień");
        add("sty lut - kwi - cze lip sie wrz paź lis gru");
        // Czech, Slovak, Slovenian, Serbian (Latin, Cyrillic), Bulgarian
        add("ledna února března dubna května června července srpna září října listopadu prosince");
        add("leden únor březen duben květen červen červenec srpen září říjen listopad prosinec");
        add("januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra");
        add("januar februar marec april maj junij julij avgust september oktober november december");
        add("januar februar mart april maj jun jul avgust septembar oktobar novembar decembar");
        add("јануар фебруар март април мај јун јул август септембар октобар новембар децембар");
        add("януари февруари март април май юни юли август септември октомври ноември декември");
        // Romanian, Hungarian, Finnish (partitive and nominative), Lithuanian (genitive)
        add("ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie");
        add("ian - - - - iun iul - - - - -");
        add("január február március április május június július augusztus szeptember október november december");
        add("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
                + "lokakuuta marraskuuta joulukuuta");
        add("tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu "
                + "joulukuu");
        add("sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio");
        // Greek (genitive, nominative)
        add("ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
                + "νοεμβρίου δεκεμβρίου");
        add("ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος "
                + "νοέμβριος δεκέμβριος");
        // Russian: genitive, nominative, abbreviations
        add("января февраля марта апреля мая июня июля августа сентября октября ноября декабря");
        add("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь");
        add("янв фев мар апр - июн июл авг сен окт ноя дек");
        add("- февр - - - - - - сент - нояб -");
        // Ukrainian: genitive, nominative, abbreviations
        add("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня");
        add("січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень");
        add("січ лют бер квіт трав черв лип серп вер жовт лист груд");
        // Turkish, Azerbaijani
        add("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık");
        add("yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr");
        // Indonesian, Malay
        add("januari februari maret april mei juni juli agustus september oktober november desember");
        add("januari februari mac april mei jun julai ogos september oktober november disember");
        // Arabic (Egyptian/Gulf names), Persian (Gregorian months), Hindi
        add("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر");
        add("- - - ابريل - - - اغسطس - اكتوبر - -");
        add("ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر");
        add("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर");
        addLocaleData();
    }

    /** The month names of every language of the JDK's locale data (CLDR), from {@code tools/BuildMonthNames.java}. */
    private static final String LOCALE_DATA = "month-names.tsv";

    /**
     * Every other language's names ("১৫ মার্চ ২০২১", "15 Machi 2021"): the CLDR names of {@value #LOCALE_DATA}, full
     * and short, which leaves out any name two languages give to different months (Croatian "listopad", October, is
     * the Polish and Czech November), names under four letters and other languages' names that are English words.
     * The lists above win: a name that one of them gives to another month, with or without its diacritics, is not
     * taken.
     */
    private static void addLocaleData() {
        InputStream in = MonthNames.class.getResourceAsStream(LOCALE_DATA);
        if (in == null) {
            throw new IllegalStateException("missing resource " + LOCALE_DATA);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String name = f[0];
                String folded = fold(name);
                int month = Integer.parseInt(f[1]);
                Integer byName = EXACT.get(name);
                Integer byFolded = EXACT.get(folded);
                if (byName != null && byName != month || byFolded != null && byFolded != month) {
                    continue;
                }
                // Exact names only, never prefixes: among thousands of names in hundreds of languages, too many
                // English words begin one month's names alone ("her" begins Walser's September).
                EXACT.putIfAbsent(name, month);
                EXACT.putIfAbsent(folded, month);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MonthNames() {
    }

    /** Adds twelve space-separated names, January first; {@code -} leaves a month out. */
    private static void add(String names) {
        String[] n = names.split(" ");
        if (n.length != 12) {
            throw new IllegalStateException("twelve months expected: " + names);
        }
        for (int m = 0; m < 12; m++) {
            if (!n[m].equals("-")) {
                put(n[m], m + 1);
            }
        }
    }

    private static void put(String name, int month) {
        for (String key : new String[]{lower(name), fold(name)}) {
            Integer previous = EXACT.putIfAbsent(key, month);
            if (previous != null && previous != month) {
                throw new IllegalStateException(key + " is both month " + previous + " and " + month);
            }
            SORTED.put(key, month);
        }
    }

    /**
     * The month (1–12) that {@code word} names, or null. Case, a trailing dot and diacritics do not matter; an
     * abbreviation is accepted when it has three letters or more and starts the names of one month only.
     */
    static Integer month(String word) {
        if (word == null) {
            return null;
        }
        String w = lower(word.strip());
        while (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() < 3 && !isShortName(w)) {
            return null;
        }
        Integer m = EXACT.get(w);
        if (m == null) {
            m = EXACT.get(fold(w));
        }
        return m != null ? m : uniquePrefix(fold(w));
    }

    /** Two-letter names exist only in scripts where a month is that short (Persian "مه"). */
    private static boolean isShortName(String w) {
        return !w.isEmpty() && EXACT.containsKey(w) && !w.chars().allMatch(c -> c < 0x250);
    }

    private static Integer uniquePrefix(String prefix) {
        if (prefix.length() < 3) {
            return null;
        }
        Integer found = null;
        for (Map.Entry<String, Integer> e : SORTED.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            if (found != null && !found.equals(e.getValue())) {
                return null;
            }
            found = e.getValue();
        }
        return found;
    }

    private static String lower(String s) {
        // Turkish capitals lose their dot the ROOT way ("İ" -> "i̇"): drop the combining dot again.
        return s.toLowerCase(Locale.ROOT).replace("\u0307", "");
    }

    /** Lower case without diacritics; also folds Turkish dotless ı and Polish ł, which have no decomposition. */
    static String fold(String s) {
        String d = Normalizer.normalize(lower(s), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK && c < 0x0900) {
                continue;
            }
            b.append(switch (c) {
                case 'ı' -> 'i';
                case 'ł' -> 'l';
                case 'ß' -> 's';
                default -> c;
            });
        }
        return b.toString();
    }
}
