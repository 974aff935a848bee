package org.collate.lexicon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Reporting verbs of English news copy, in the inflections it uses ("said", "says", "told", "warned"), by what the
 * analysers need to know of them. The one list the entity recogniser (a name before "said" is a person) and the
 * quote extractor (cues next to quotations, verbs that take a reported clause) read. Compiled by hand for Collate
 * from the reporting verbs of English news; the groups overlap on purpose, each answering one question.
 */
public final class ReportingVerbs {

    /** Verbs that report speech or writing; tagged as verbs, they make the name before them a speaker. */
    private static final Set<String> SPEECH = words(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "state", "states", "stated", "explain", "explains", "explained", "insist", "insists", "insisted",
            "declare", "declares", "declared", "warn", "warns", "warned", "note", "notes", "noted", "argue", "argues",
            "argued", "ask", "asks", "asked", "write", "writes", "wrote", "tweet", "tweets", "tweeted", "claim",
            "claims", "claimed", "announce", "announces", "announced", "reply", "replies", "replied", "respond",
            "responds", "responded", "answer", "answers", "answered", "admit", "admits", "admitted", "acknowledge",
            "acknowledged", "acknowledges", "suggest", "suggests", "suggested", "urge", "urges", "urged", "predict",
            "predicted", "predicts", "recall", "recalled", "recalls", "remark", "remarked", "comment", "commented",
            "continue", "continued", "continues", "concede", "conceded", "concedes", "confirm", "confirmed",
            "confirms", "deny", "denied", "denies", "agree", "agreed", "agrees", "observe", "observed", "observes",
            "emphasise", "emphasised", "emphasize", "emphasized", "stress", "stressed", "stresses", "vow", "vowed",
            "vows", "promise", "promised", "promises", "pledge", "pledged", "pledges", "complain", "complained",
            "complains", "welcome", "welcomed", "welcomes", "hail", "hailed", "hails", "call", "called", "calls",
            "tout", "touted", "shout", "shouted", "whisper", "whispered", "joke", "joked", "quip", "quipped",
            "recount", "recounted", "report", "reported", "reports", "describe", "described", "believe", "believes",
            "believed", "think", "thinks", "thought", "assert", "asserted", "asserts", "maintain", "maintained",
            "maintains", "contend", "contended", "contends", "point", "pointed", "reiterate", "reiterated",
            "reiterates", "testify", "testified", "posted", "boast", "boasted", "mock", "mocked", "lament",
            "lamented", "charge", "charged", "accuse", "accused", "accuses", "reveal", "revealed", "reveals",
            "disclose", "disclosed", "estimate", "estimated", "thank", "thanked", "thanks");

    /**
     * Further verbs of attribution news copy uses next to quotations ("quipped", "wondered", "the statement read"),
     * many of them just as often nouns or other verbs: they count only when tagged as verbs.
     */
    private static final Set<String> ATTRIBUTION = words(
            "wonder", "wonders", "wondered", "muse", "mused", "muses", "exclaim", "exclaimed", "yell", "yelled",
            "scream", "screamed", "shout", "shouted", "shouts", "caution", "cautioned", "cautions", "counter",
            "countered", "counters", "opine", "opined", "conclude", "concluded", "concludes", "scoff", "scoffed",
            "snap", "snapped", "retort", "retorted", "blast", "blasted", "slam", "slammed", "rail", "railed", "fume",
            "fumed", "gripe", "griped", "brag", "bragged", "rave", "raved", "gush", "gushed", "plead", "pleaded",
            "beg", "begged", "demand", "demanded", "proclaim", "proclaimed", "email", "emailed", "text", "texted",
            "chant", "chanted", "sing", "sang", "cry", "cried", "sigh", "sighed", "laugh", "laughed", "read", "reads",
            "allege", "alleged", "alleges", "indicate", "indicated", "indicates", "inform", "informed", "assure",
            "assured", "reason", "reasoned", "intone", "intoned", "interject", "interjected", "chide", "chided",
            "taunt", "taunted", "tease", "teased", "rant", "ranted", "vent", "vented", "elaborate", "elaborated",
            "clarify", "clarified", "specify", "specified", "question", "questioned", "challenge", "challenged",
            "offer", "offered", "advise", "advised", "instruct", "instructed", "order", "ordered", "hint", "hinted",
            "muse", "murmur", "murmured", "mutter", "muttered", "holler", "hollered", "howl", "howled", "thunder",
            "thundered", "declare", "begin", "began", "wrote", "write", "writes", "written", "tweet", "tweeted",
            "post", "posted", "says", "saying", "tells", "quote", "quoted", "sum", "summed", "put", "puts", "calling",
            "urging", "warning", "claiming", "arguing", "insisting", "noting", "asking", "explaining", "declaring",
            "announcing", "suggesting", "describing", "accusing", "predicting", "promising", "vowing", "pledging",
            "writing", "tweeting", "posting", "complaining", "demanding", "questioning", "blasting", "slamming",
            "praising", "praise", "praised", "chanting", "telling", "replying", "responding", "acknowledging",
            "admitting", "conceding", "stressing", "emphasizing", "recalling", "joking", "boasting", "charging",
            "alleging", "dubbed", "dub", "dubs", "dubbing", "label", "labeled", "labelled", "labeling", "brand",
            "branded", "branding", "deride", "derided", "mock", "mocking", "decry", "decried", "denounce",
            "denounced", "condemn", "condemned", "criticize", "criticized", "criticise", "criticised", "attack",
            "attacked", "lambast", "lambasted", "ridicule", "ridiculed", "insist", "pronounce", "pronounced",
            "promise", "quoting", "citing", "cite", "cited", "cites");

    /** Forms that are reporting verbs next to a quotation whatever the tagger says. */
    private static final Set<String> UNAMBIGUOUS = words(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "added", "adds", "adding", "asked",
            "asks", "wrote", "writes", "tweeted", "explained", "explains", "recalled", "recalls", "insisted",
            "insists", "argued", "argues", "noted", "warned", "warns", "declared", "acknowledged", "replied",
            "responded", "quipped", "joked", "stated", "predicted", "conceded", "suggested", "claimed", "announced",
            "admitted", "emphasized", "emphasised", "stressed", "reiterated", "observed", "commented", "remarked",
            "testified", "boasted", "complained", "lamented", "wondered", "mused", "exclaimed", "cautioned",
            "countered", "opined", "concluded", "continued", "posted", "alleged", "retorted", "scoffed", "proclaimed");

    /**
     * Verbs that take a reported clause: "said (that) …", "believes …", "told reporters …". Every verb of
     * {@link #CLAUSE_WITHOUT_THAT} and {@link #LISTENER_FIRST} is one ("reckoned", "reminded" were missing, which made
     * those entries dead).
     */
    private static final Set<String> CLAUSAL = words(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "state", "states", "stated", "explain", "explains", "explained", "insist", "insists", "insisted",
            "declare", "declares", "declared", "warn", "warns", "warned", "note", "notes", "noted", "argue", "argues",
            "argued", "write", "writes", "wrote", "tweet", "tweets", "tweeted", "claim", "claims", "claimed",
            "announce", "announces", "announced", "reply", "replied", "respond", "responded", "admit", "admits",
            "admitted", "acknowledge", "acknowledged", "acknowledges", "suggest", "suggests", "suggested", "predict",
            "predicted", "predicts", "recall", "recalled", "recalls", "concede", "conceded", "concedes", "confirm",
            "confirmed", "confirms", "deny", "denied", "denies", "agree", "agreed", "agrees", "observe", "observed",
            "emphasize", "emphasized", "emphasise", "emphasised", "stress", "stressed", "stresses", "vow", "vowed",
            "vows", "promise", "promised", "promises", "pledge", "pledged", "complain", "complained", "complains",
            "report", "reported", "reports", "believe", "believes", "believed", "think", "thinks", "thought",
            "assert", "asserted", "asserts", "maintain", "maintained", "maintains", "contend", "contended",
            "contends", "reiterate", "reiterated", "testify", "testified", "boast", "boasted", "lament", "lamented",
            "charge", "charged", "reveal", "revealed", "reveals", "disclose", "disclosed", "estimate", "estimated",
            "allege", "alleged", "alleges", "indicate", "indicated", "indicates", "inform", "informed", "assure",
            "assured", "hope", "hopes", "hoped", "fear", "fears", "feared", "expect", "expects", "expected", "feel",
            "feels", "felt", "worry", "worries", "worried", "know", "knows", "knew", "hint", "hinted", "conclude",
            "concluded", "concludes", "caution", "cautioned", "counter", "countered", "learn", "learned",
            "acknowledge", "mean", "meant", "signal", "signaled", "signalled", "show", "showed", "shows", "find",
            "found", "finds", "figure", "figured", "guess", "guessed", "suspect", "suspected", "imply", "implied",
            "recognize", "recognized", "realize", "realized", "understand", "understood", "doubt", "doubted",
            "wonder", "wondered", "reckon", "reckoned", "remind", "reminded");

    /** Verbs whose reported clause may come without "that": "Putin said cooperation … is based on …". */
    private static final Set<String> CLAUSE_WITHOUT_THAT = words(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "claim",
            "claims", "claimed", "argue", "argues", "argued", "insist", "insists", "insisted", "believe", "believes",
            "believed", "think", "thinks", "thought", "warn", "warns", "warned", "predict", "predicts", "predicted",
            "note", "notes", "noted", "write", "writes", "wrote", "tweet", "tweets", "tweeted", "suggest", "suggests",
            "suggested", "acknowledge", "acknowledged", "acknowledges", "admit", "admits", "admitted", "contend",
            "contends", "contended", "maintain", "maintains", "maintained", "assert", "asserts", "asserted", "hope",
            "hopes", "hoped", "fear", "fears", "feared", "expect", "expects", "expected", "know", "knows", "knew",
            "feel", "feels", "felt", "insist", "complain", "complained", "complains", "concede", "conceded",
            "concedes", "agree", "agreed", "agrees", "worry", "worries", "worried", "guess", "guessed", "figure",
            "figured", "recall", "recalled", "recalls", "boast", "boasted", "vow", "vowed", "vows", "promise",
            "promised", "promises", "pledge", "pledged", "estimate", "estimated", "reckon", "reckoned", "suspect",
            "suspected", "allege", "alleged", "alleges");

    /** Verbs whose listener comes before the reported clause: "told reporters (that) …". */
    private static final Set<String> LISTENER_FIRST = words(
            "tell", "tells", "told", "telling", "inform", "informed", "assure", "assured", "warn", "warned", "warns",
            "remind", "reminded", "show", "showed");

    /** Two-word reporting verbs: "went on", "shot back". */
    private static final Set<String> PHRASAL = words(
            "went on", "goes on", "go on", "shot back", "fired back", "chimed in", "pointed out", "points out",
            "followed up", "summed up", "wrote back", "spoke out", "cut in", "broke in", "piped up", "weighed in",
            "weighs in", "went further", "spelled out", "laid out", "lashed out", "hit back", "struck back",
            "added on");

    private ReportingVerbs() {
    }

    /** Whether the word, in any case, reports speech or writing ("said", "Warned"). */
    public static boolean isSpeechVerb(String word) {
        return SPEECH.contains(lower(word));
    }

    /** Whether the word attributes a quotation when it is tagged as a verb: a speech verb or "quipped", "read". */
    public static boolean isAttributionVerb(String word) {
        String w = lower(word);
        return SPEECH.contains(w) || ATTRIBUTION.contains(w);
    }

    /** Whether the word attributes a quotation whatever its tag ("said", "added", "tweeted"). */
    public static boolean isUnambiguousAttribution(String word) {
        return UNAMBIGUOUS.contains(lower(word));
    }

    /** Whether the verb takes a reported clause ("said that …", "believes …"). */
    public static boolean takesClause(String word) {
        return CLAUSAL.contains(lower(word));
    }

    /** Whether the verb's reported clause may come without "that" ("said cooperation is …"). */
    public static boolean takesClauseWithoutThat(String word) {
        return CLAUSE_WITHOUT_THAT.contains(lower(word));
    }

    /** Whether the verb names its listener before the reported clause ("told reporters …"). */
    public static boolean takesListener(String word) {
        return LISTENER_FIRST.contains(lower(word));
    }

    /** Whether two words make a phrasal reporting verb ("went on", "shot back"). */
    public static boolean isPhrasal(String word, String next) {
        return PHRASAL.contains(lower(word) + " " + lower(next));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
