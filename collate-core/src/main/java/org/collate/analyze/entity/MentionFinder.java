package org.collate.analyze.entity;

import org.collate.lexicon.ReportingVerbs;
import org.collate.model.EntityKind;
import org.collate.model.Sentence;
import org.collate.model.Span;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds names in a sentence without a statistical model: runs of capitalised tokens that the part-of-speech tagger
 * does not call function words, joined across name particles ("Bank of England", "bin Salman"); then titles,
 * nationalities and honorifics are peeled off their front ("Indian Prime Minister | Narendra Modi", "Mr | Putin"),
 * roles are read to their left ("Chinese leader | Xi Jinping") and in apposition after them ("Antony Blinken, the
 * US secretary of state,"), and the kind is judged from the gazetteer, organisation words, acronyms, given names
 * and speech verbs.
 */
final class MentionFinder {

    /** Universal POS tags that never belong to a name. */
    private static final Set<String> FUNCTION_TAGS = Set.of("ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART",
            "PUNCT", "SYM", "INTJ");
    private static final Set<String> PARTICLES = Set.of("of", "for", "de", "du", "des", "la", "le", "von", "van",
            "der", "den", "bin", "ibn", "al", "el", "da", "dos", "di", "del", "ben");
    private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
            "Sept", "Oct", "Nov", "Dec", "I", "OK");
    private static final Set<String> ORGANISATION_WORDS = Set.of("organisation", "organization", "party", "ministry",
            "council", "committee", "commission", "bank", "union", "agency", "association", "congress", "parliament",
            "court", "university", "institute", "corporation", "company", "inc", "inc.", "ltd", "ltd.", "llc", "group",
            "foundation", "fund", "news", "times", "post", "journal", "army", "navy", "forces", "force", "department",
            "office", "government", "authority", "league", "federation", "club", "church", "school", "hospital",
            "police", "board", "assembly", "senate", "cabinet", "alliance", "coalition", "movement", "front",
            "brigade", "corps", "network", "media", "press", "bureau", "service", "services", "airlines",
            "airways", "motors", "exchange", "fc", "united", "institution", "tribunal", "secretariat", "co", "co.",
            "corp", "corp.", "plc", "ag", "gmbh", "holdings", "technologies", "labs", "studios", "entertainment",
            "pictures", "records", "partners", "capital", "ventures", "systems", "communications", "energy");
    /** Words that make a name a building, venue or publication rather than a person ("Blossom Music Center"). */
    private static final Set<String> FACILITY_WORDS = Set.of("center", "centre", "hall", "museum", "stadium", "arena",
            "theater", "theatre", "airport", "station", "hotel", "park", "insider", "magazine", "gazette", "herald",
            "tribune", "bridge", "square", "street", "avenue", "building", "tower", "palace", "base", "camp");
    /** Words that make a name an event or a title of a work rather than a person ("Davis Cup", "Star Wars"). */
    private static final Set<String> EVENT_WORDS = Set.of("cup", "finals", "final", "championship", "championships",
            "open", "games", "olympics", "series", "awards", "festival", "tournament", "summit", "conference", "expo",
            "week", "day", "war", "wars", "prize", "trophy", "marathon", "grand", "show");
    /** Capitalised abbreviations that are common nouns or time zones, not names. */
    private static final Set<String> NOT_NAMES = Set.of("CEO", "CFO", "COO", "CTO", "TV", "GDP", "AI", "IPO", "EV",
            "SUV", "DNA", "HIV", "GMT", "UTC", "EST", "EDT", "PST", "PDT", "BST", "CET", "CEST", "AM", "PM", "VIP",
            "FAQ", "PhD", "MVP", "GPS", "PC", "ID", "URL", "PDF", "NB", "PS", "RSS", "Q&A", "COVID", "Covid");
    private static final Set<String> LEFT_ROLE_MODIFIERS = Set.of("former", "then", "then-", "ex", "ex-", "acting",
            "incoming", "outgoing", "late", "deputy", "vice", "chief", "senior", "top", "interim", "new");

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<CandidateMention> find(Sentence sentence, String text) {
        List<Token> tokens = sentence.tokens();
        List<String> words = tokens.stream().map(Token::text).toList();
        List<CandidateMention> out = new ArrayList<>();
        boolean pluralHonorific = false;
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i)) {
                // "MM Putin and Xi": a plural honorific makes the coordinated name a person too.
                if (!(words.get(i).equals("and") || words.get(i).equals(","))) {
                    pluralHonorific = false;
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && (continuesName(tokens, j) || joinsOrganisation(tokens, words, i, j))) {
                j++;
            }
            j = cutPlaceComplement(words, i, j);
            while (j - 1 > i && PARTICLES.contains(words.get(j - 1))) {
                j--;
            }
            CandidateMention m = chunk(sentence, tokens, words, i, j, text, pluralHonorific);
            if (m != null) {
                out.add(m);
                pluralHonorific = m.honorific() != null && isPluralHonorific(m.honorific());
            }
            i = j;
        }
        return out;
    }

    /**
     * The mention made of tokens {@code [from, to)} of the sentence, read as a name whatever the tagger said (or
     * null when they hold no name): for words the rest of the article shows to be a name.
     */
    CandidateMention at(Sentence sentence, int from, int to, String text) {
        List<Token> tokens = sentence.tokens();
        return chunk(sentence, tokens, tokens.stream().map(Token::text).toList(), from, to, text, false);
    }

    private static boolean isPluralHonorific(String h) {
        return h.equals("MM") || h.equals("Messrs") || h.equals("Mmes");
    }

    private boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!capitalised(t.text()) || CALENDAR.contains(t.text())) {
            return false;
        }
        if (gazetteer.isHonorific(t.text())) {
            return i + 1 < tokens.size() && capitalised(tokens.get(i + 1).text())
                    && !FUNCTION_TAGS.contains(tokens.get(i + 1).pos());
        }
        if (FUNCTION_TAGS.contains(t.pos()) || t.pos().equals("NUM")) {
            return false;
        }
        if (sentenceInitial(tokens, i)) {
            // A capital at the start of a sentence proves nothing: trust the tagger, the gazetteer, given names.
            return t.pos().equals("PROPN") || gazetteer.lookup(t.text()) != null || gazetteer.isGivenName(t.text())
                    || (t.pos().equals("X") && i + 1 < tokens.size() && capitalised(tokens.get(i + 1).text()));
        }
        return true;
    }

    private boolean continuesName(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (t.text().equals(".") && j > 0 && isInitial(tokens.get(j - 1).text())) {
            // "Kevin D. Williamson": the tokenizer may cut a middle initial's full stop off; the name goes on
            // through it to a capitalised word, as "George W. Bush" does when the stop stays on the letter.
            return j + 1 < tokens.size() && capitalised(tokens.get(j + 1).text())
                    && !FUNCTION_TAGS.contains(tokens.get(j + 1).pos()) && !CALENDAR.contains(tokens.get(j + 1).text());
        }
        if (PARTICLES.contains(t.text())) {
            return j + 1 < tokens.size() && capitalised(tokens.get(j + 1).text())
                    && !FUNCTION_TAGS.contains(tokens.get(j + 1).pos());
        }
        return capitalised(t.text()) && !CALENDAR.contains(t.text()) && !FUNCTION_TAGS.contains(t.pos())
                && !t.pos().equals("NUM");
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /**
     * "Securities and Exchange Commission", "National Institute on Drug Abuse": a small word inside a run that names a
     * body, by an organisation word before or after it.
     */
    private static boolean joinsOrganisation(List<Token> tokens, List<String> words, int from, int j) {
        String w = words.get(j);
        if (!(w.equals("and") || w.equals("&") || w.equals("on") || w.equals("for") || w.equals("of"))
                || j + 1 >= tokens.size() || !capitalised(words.get(j + 1))) {
            return false;
        }
        if (!w.equals("and") && !w.equals("&") && isOrganisationWord(words, from, j)) {
            return true;
        }
        for (int k = j + 1; k < Math.min(tokens.size(), j + 5) && capitalised(words.get(k)); k++) {
            if (ORGANISATION_WORDS.contains(words.get(k).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Yasutaka Uchiyama of Japan" is a person and a country: "of" and a known place end the run, unless the run
     * names a body or a title ("Bank of England", "Secretary of State").
     */
    private int cutPlaceComplement(List<String> words, int from, int to) {
        for (int p = from + 1; p < to - 1; p++) {
            if (!words.get(p).equals("of")) {
                continue;
            }
            Gazetteer.Entry place = gazetteer.lookup(String.join(" ", words.subList(p + 1, to)));
            if (place != null && place.kind() == EntityKind.PLACE && !isOrganisationWord(words, from, p)
                    && !hasTitleWithin(words, from, p + 1) && gazetteer.titleLength(words, p - 1) == 0) {
                return p;
            }
        }
        return to;
    }

    private static boolean sentenceInitial(List<Token> tokens, int i) {
        for (int k = 0; k < i; k++) {
            if (!tokens.get(k).pos().equals("PUNCT") && tokens.get(k).text().codePoints().anyMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private CandidateMention chunk(Sentence sentence, List<Token> tokens, List<String> words, int from, int to,
                                   String text, boolean afterPluralHonorific) {
        if (to - from == 1 && NOT_NAMES.contains(words.get(from))) {
            return null;
        }
        if (to - from >= 2 && shouting(words, from, to) && gazetteer.lookup(String.join(" ", words.subList(from, to))) == null) {
            return null; // an all-capitals run is a headline or a label ("FRANCE WINS"), not a name
        }
        int k = from;
        String honorific = null;
        int roleStart = -1;
        int roleEnd = -1;
        while (k < to) {
            String w = words.get(k);
            if (roleStart < 0 && gazetteer.isHonorific(w) && k + 1 < to) {
                // Spun copies repeat honorifics ("Mr. Mr. Xi"): every one is peeled, the first is kept.
                honorific = honorific == null ? w : honorific;
                k++;
                continue;
            }
            int title = gazetteer.titleLength(words, k);
            if (title > 0 && k + title < to) {
                roleStart = roleStart < 0 ? k : roleStart;
                k += title;
                roleEnd = k;
                continue;
            }
            if (k + 1 < to && roleStart < 0 && isPossessivePlace(w)) {
                k++; // "Serbia's Novak Djokovic": the country is no part of the name
                continue;
            }
            if (k + 1 < to && (gazetteer.isNationality(w) || isOrganisationPrefix(w))
                    && (gazetteer.titleLength(words, k + 1) > 0 || gazetteer.isNationality(words.get(k + 1)))) {
                roleStart = roleStart < 0 ? k : roleStart;
                k++;
                roleEnd = k;
                continue;
            }
            break;
        }
        if (roleStart >= 0 && !hasTitleWithin(words, roleStart, roleEnd)) {
            roleStart = -1; // nationalities alone ("US Chinese …") are no role
        }
        if (roleStart < 0 && honorific == null) {
            // A title inside the run: "Disney Chief Executive Bob Iger" is Bob Iger, "Disney Chief Executive".
            for (int p = k + 1; p < to - 1; p++) {
                int title = gazetteer.titleLength(words, p);
                if (title > 0 && p + title < to && capitalised(words.get(p)) && !isOrganisationWord(words, k, p)) {
                    roleStart = k;
                    roleEnd = p + title;
                    k = p + title;
                    break;
                }
            }
        }
        if (honorific == null) {
            // "Verkhovna Rada Vadim Denisenko", "Champion Wladimir Klitschko": the capitalised words before a given
            // name, none a given name itself, are the person's organisation or role, not part of the name.
            // The first given name decides, so the run is read once (a long run of capitalised words stays linear).
            for (int p = k + 1; p < to - 1; p++) {
                if (gazetteer.isGivenName(words.get(p))) {
                    if (noGivenName(words, k, p)) {
                        roleStart = roleStart < 0 ? k : roleStart;
                        roleEnd = p;
                        k = p;
                    }
                    break;
                }
            }
        }
        if (k >= to) {
            return null;
        }
        // Role words to the left, in lower case: "Chinese leader Xi Jinping", "former president Barack Obama".
        if (roleStart < 0 && honorific == null) {
            int left = from;
            int scan = from - 1;
            while (scan >= 0) {
                String w = words.get(scan);
                if (gazetteer.isTitleWord(w) && !PARTICLES.contains(w) || LEFT_ROLE_MODIFIERS.contains(w.toLowerCase(Locale.ROOT))) {
                    left = scan;
                    scan--;
                } else {
                    break;
                }
            }
            if (left < from && gazetteer.titleLength(words, left) > 0 || left < from && hasTitleWithin(words, left, from)) {
                while (left - 1 >= 0 && (gazetteer.isNationality(words.get(left - 1)) || isOrganisationPrefix(words.get(left - 1))
                        || words.get(left - 1).matches("(?i)[\\p{L}.]+['’]s"))) {
                    left--;
                }
                roleStart = left;
                roleEnd = from;
            }
        }
        List<String> nameWords = new ArrayList<>();
        for (int n = k; n < to; n++) {
            if (words.get(n).equals(".") && !nameWords.isEmpty() && isInitial(nameWords.get(nameWords.size() - 1))) {
                nameWords.set(nameWords.size() - 1, nameWords.get(nameWords.size() - 1) + "."); // "D" "." is "D."
            } else {
                nameWords.add(words.get(n));
            }
        }
        String name = String.join(" ", nameWords);
        Gazetteer.Entry known = gazetteer.lookup(name);
        if (known != null && known.demonym() && honorific == null && roleStart < 0) {
            return null; // "Russian" alone is an adjective, not a mention
        }
        int spanStart = tokens.get(honorific != null ? from : k).span().start();
        int spanEnd = tokens.get(to - 1).span().end();
        Span span = new Span(spanStart, spanEnd);
        String role = null;
        Span roleSpan = null;
        if (roleStart >= 0 && roleEnd > roleStart) { // nationalities alone ("Russian Orthodox …") make no role
            roleSpan = new Span(tokens.get(roleStart).span().start(), tokens.get(roleEnd - 1).span().end());
            role = roleSpan.of(text);
        }
        boolean titled = role != null;
        String beforeTitle = titled && roleStart > 0 ? words.get(roleStart - 1) : "";
        if (beforeTitle.equalsIgnoreCase("a") || beforeTitle.equalsIgnoreCase("an")) {
            // "an agenda a President Clinton could see work": a title after an indefinite article is one the person
            // might hold, not one they hold; it still says the name is a person's.
            role = null;
            roleSpan = null;
        }
        boolean speech = followedBySpeechVerb(words, to) || precededBySpeechVerb(words, from);
        boolean personEvidence = honorific != null || titled || afterPluralHonorific;
        EntityKind kind = kind(nameWords, known, personEvidence, speech);
        CandidateMention m = new CandidateMention(sentence.index(), span, span.of(text), nameWords, honorific, role,
                roleSpan, kind, known == null || known.demonym() ? null : known.canonical(),
                personEvidence || (speech && kind == EntityKind.PERSON), to - 1);
        if (m.role() == null && kind != EntityKind.PLACE && kind != EntityKind.ORGANIZATION) {
            CandidateMention withAppositive = appositiveRole(m, tokens, words, to, text);
            if (withAppositive != null) {
                return withAppositive;
            }
        }
        return m;
    }

    private static boolean shouting(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            if (w.length() < 2 || !w.equals(w.toUpperCase(Locale.ROOT)) || !w.codePoints().anyMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /** "Serbia's", "Britain’s": a known place in the possessive. */
    private boolean isPossessivePlace(String word) {
        if (!word.matches("[\\p{L}.\\-]+['’]s")) {
            return false;
        }
        Gazetteer.Entry e = gazetteer.lookup(word.substring(0, word.length() - 2));
        return e != null && e.kind() == EntityKind.PLACE && !e.demonym();
    }

    /** Whether one of the words in [from, to) is an organisation word (the run before a title names a body). */
    private static boolean isOrganisationWord(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (ORGANISATION_WORDS.contains(w) && !w.equals("united")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasTitleWithin(List<String> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (gazetteer.titleLength(words, k) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isOrganisationPrefix(String word) {
        Gazetteer.Entry e = gazetteer.lookup(word);
        return e != null && e.kind() == EntityKind.ORGANIZATION && word.length() <= 5;
    }

    private EntityKind kind(List<String> nameWords, Gazetteer.Entry known, boolean personEvidence, boolean speech) {
        if (personEvidence) {
            return EntityKind.PERSON;
        }
        if (known != null) {
            return known.kind();
        }
        for (String w : nameWords) {
            if (ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return EntityKind.ORGANIZATION;
            }
        }
        String last = nameWords.get(nameWords.size() - 1).toLowerCase(Locale.ROOT);
        if (nameWords.size() >= 2 && (EVENT_WORDS.contains(last) || FACILITY_WORDS.contains(last))) {
            return EntityKind.OTHER;
        }
        String name = String.join(" ", nameWords);
        if (nameWords.size() == 1 && name.length() >= 2 && name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT))
                && name.chars().allMatch(Character::isLetter)) {
            return EntityKind.ORGANIZATION;
        }
        if (nameWords.size() >= 2 && (gazetteer.isGivenName(nameWords.get(0)) || speech)) {
            return EntityKind.PERSON;
        }
        if (nameWords.size() == 1 && speech) {
            return EntityKind.PERSON;
        }
        return nameWords.size() >= 2 ? EntityKind.OTHER : null;
    }

    private boolean followedBySpeechVerb(List<String> words, int to) {
        int k = to;
        if (k < words.size() && (words.get(k).equals("also") || words.get(k).equals("later"))) {
            k++;
        }
        return k < words.size() && ReportingVerbs.isSpeechVerb(words.get(k));
    }

    private boolean precededBySpeechVerb(List<String> words, int from) {
        return from >= 1 && ReportingVerbs.isSpeechVerb(words.get(from - 1)) && from >= 2 && isQuoteOrComma(words.get(from - 2));
    }

    private static boolean isQuoteOrComma(String w) {
        return w.equals(",") || w.equals("”") || w.equals("\"") || w.equals("’") || w.equals("'") || w.equals("»");
    }

    /** Whether none of the words in {@code [from, to)} is a given name, nor a particle of a name ("bin", "de"). */
    private boolean noGivenName(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (gazetteer.isGivenName(words.get(i)) || PARTICLES.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** "Antony Blinken, the US secretary of state, said": a role in apposition after the name. */
    private CandidateMention appositiveRole(CandidateMention m, List<Token> tokens, List<String> words, int to,
                                            String text) {
        if (to >= words.size() || !words.get(to).equals(",")) {
            return null;
        }
        int k = to + 1;
        if (k < words.size() && (words.get(k).equalsIgnoreCase("the") || words.get(k).equalsIgnoreCase("a"))) {
            k++;
        }
        int start = k;
        while (k < words.size() && (gazetteer.isNationality(words.get(k)) || isOrganisationPrefix(words.get(k))
                || words.get(k).matches("[\\p{L}.]+['’]s") || LEFT_ROLE_MODIFIERS.contains(words.get(k).toLowerCase(Locale.ROOT)))) {
            k++;
        }
        int title = k < words.size() ? gazetteer.titleLength(words, k) : 0;
        if (title == 0) {
            return null;
        }
        k += title;
        // "… of the United States", "… of Russia": a short complement that stays inside the role.
        if (k + 1 < words.size() && words.get(k).equals("of")) {
            int c = k + 1;
            if (c < words.size() && words.get(c).equalsIgnoreCase("the")) {
                c++;
            }
            int e = c;
            while (e < words.size() && capitalised(words.get(e))) {
                e++;
            }
            if (e > c && e - c <= 4) {
                k = e;
            }
        }
        if (k < words.size() && !(words.get(k).equals(",") || words.get(k).equals(".") || words.get(k).equals(";"))) {
            return null;
        }
        Span roleSpan = new Span(tokens.get(start).span().start(), tokens.get(k - 1).span().end());
        return m.withRole(roleSpan.of(text), roleSpan);
    }
}
