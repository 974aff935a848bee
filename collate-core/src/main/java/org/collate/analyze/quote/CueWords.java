package org.collate.analyze.quote;

import org.collate.analyze.entity.SpeechVerbs;

import java.util.Locale;
import java.util.Set;

/**
 * Words that attribute what someone said or thinks. Reporting verbs are {@link SpeechVerbs} and the further
 * verbs of attribution news copy uses next to quotations ("quipped", "wondered", "the statement read"); forms that
 * are just as often nouns ("call", "report", "claims") count only when tagged as verbs. Reported speech (no
 * quotation marks) takes only verbs that introduce a clause ("said that …", "believes …").
 */
final class CueWords {

    private static final Set<String> MORE = words(
            "wonder", "wonders", "wondered", "muse", "mused", "muses", "exclaim", "exclaimed", "yell", "yelled",
            "scream", "screamed", "shout", "shouted", "shouts", "caution", "cautioned", "cautions", "counter",
            "countered", "counters", "opine",
            "opined", "conclude", "concluded", "concludes", "scoff", "scoffed", "snap", "snapped", "retort",
            "retorted", "blast", "blasted", "slam", "slammed", "rail", "railed", "fume", "fumed", "gripe", "griped",
            "brag", "bragged", "rave", "raved", "gush", "gushed", "plead", "pleaded", "beg", "begged", "demand",
            "demanded", "proclaim", "proclaimed", "email", "emailed", "text", "texted", "chant", "chanted", "sing",
            "sang", "cry", "cried", "sigh", "sighed", "laugh", "laughed", "read", "reads", "allege", "alleged",
            "alleges", "indicate", "indicated", "indicates", "inform", "informed", "assure", "assured", "reason",
            "reasoned", "intone", "intoned", "interject", "interjected", "chide", "chided", "taunt", "taunted",
            "tease", "teased", "rant", "ranted", "vent", "vented", "elaborate", "elaborated", "clarify",
            "clarified", "specify", "specified", "question", "questioned", "challenge", "challenged", "offer",
            "offered", "advise", "advised", "instruct", "instructed", "order", "ordered", "hint", "hinted",
            "muse", "murmur", "murmured", "mutter", "muttered", "holler", "hollered", "howl", "howled", "thunder",
            "thundered", "declare", "begin", "began", "wrote", "write", "writes", "written", "tweet", "tweeted",
            "post", "posted", "says", "saying", "tells", "quote", "quoted", "sum", "summed", "put", "puts",
            "calling", "urging", "warning", "claiming", "arguing", "insisting", "noting", "asking", "explaining",
            "declaring", "announcing", "suggesting", "describing", "accusing", "predicting", "promising", "vowing",
            "pledging", "writing", "tweeting", "posting", "complaining", "demanding", "questioning", "blasting",
            "slamming", "praising", "praise", "praised", "chanting", "telling", "replying", "responding",
            "acknowledging", "admitting", "conceding", "stressing", "emphasizing", "recalling", "joking",
            "boasting", "charging", "alleging", "dubbed", "dub", "dubs", "dubbing", "label", "labeled", "labelled",
            "labeling", "brand", "branded", "branding", "deride", "derided", "mock", "mocking", "decry", "decried",
            "denounce", "denounced", "condemn", "condemned", "criticize", "criticized", "criticise", "criticised",
            "attack", "attacked", "lambast", "lambasted", "ridicule", "ridiculed", "insist", "pronounce",
            "pronounced", "promise", "quoting", "citing", "cite", "cited", "cites");

    /** Forms that are reporting verbs whatever the tagger says. */
    private static final Set<String> ALWAYS = words(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "added", "adds", "adding", "asked",
            "asks", "wrote", "writes", "tweeted", "explained", "explains", "recalled", "recalls", "insisted", "insists",
            "argued", "argues", "noted", "warned", "warns", "declared", "acknowledged", "replied", "responded",
            "quipped", "joked", "stated", "predicted", "conceded", "suggested", "claimed", "announced", "admitted",
            "emphasized", "emphasised", "stressed", "reiterated", "observed", "commented", "remarked", "testified",
            "boasted", "complained", "lamented", "wondered", "mused", "exclaimed", "cautioned", "countered",
            "opined", "concluded", "continued", "posted", "alleged", "retorted", "scoffed", "proclaimed");

    /** Verbs that take a reported clause: "said (that) …", "believes …", "told reporters …". */
    private static final Set<String> CLAUSAL = words(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "state", "states", "stated", "explain", "explains", "explained", "insist", "insists", "insisted",
            "declare", "declares", "declared", "warn", "warns", "warned", "note", "notes", "noted", "argue",
            "argues", "argued", "write", "writes", "wrote", "tweet", "tweets", "tweeted", "claim", "claims",
            "claimed", "announce", "announces", "announced", "reply", "replied", "respond", "responded", "admit",
            "admits", "admitted", "acknowledge", "acknowledged", "acknowledges", "suggest", "suggests", "suggested",
            "predict", "predicted", "predicts", "recall", "recalled", "recalls", "concede", "conceded", "concedes",
            "confirm", "confirmed", "confirms", "deny", "denied", "denies", "agree", "agreed", "agrees", "observe",
            "observed", "emphasize", "emphasized", "emphasise", "emphasised", "stress", "stressed", "stresses",
            "vow", "vowed", "vows", "promise", "promised", "promises", "pledge", "pledged", "complain",
            "complained", "complains", "report", "reported", "reports", "believe", "believes", "believed", "think",
            "thinks", "thought", "assert", "asserted", "asserts", "maintain", "maintained", "maintains",
            "contend", "contended", "contends", "reiterate", "reiterated", "testify", "testified", "boast",
            "boasted", "lament", "lamented", "charge", "charged", "reveal", "revealed", "reveals", "disclose",
            "disclosed", "estimate", "estimated", "allege", "alleged", "alleges", "indicate", "indicated",
            "indicates", "inform", "informed", "assure", "assured", "hope", "hopes", "hoped", "fear", "fears",
            "feared", "expect", "expects", "expected", "feel", "feels", "felt", "worry", "worries", "worried",
            "know", "knows", "knew", "hint", "hinted", "conclude", "concluded", "concludes", "caution",
            "cautioned", "counter", "countered", "learn", "learned", "acknowledge", "mean", "meant", "signal",
            "signaled", "signalled", "show", "showed", "shows", "find", "found", "finds", "figure", "figured",
            "guess", "guessed", "suspect", "suspected", "imply", "implied", "recognize", "recognized",
            "realize", "realized", "understand", "understood", "doubt", "doubted", "wonder", "wondered");

    private CueWords() {
    }

    /** Whether the token reports speech next to a quotation. */
    static boolean isCue(String word, String pos) {
        String w = word.toLowerCase(Locale.ROOT);
        if (ALWAYS.contains(w)) {
            return true;
        }
        return (pos.equals("VERB") || pos.equals("X")) && (SpeechVerbs.contains(w) || MORE.contains(w));
    }

    private static final Set<String> PHRASAL = words("went on", "goes on", "go on", "shot back", "fired back",
            "chimed in", "pointed out", "points out", "followed up", "summed up", "wrote back", "spoke out",
            "cut in", "broke in", "piped up", "weighed in", "weighs in", "went further", "spelled out",
            "laid out", "lashed out", "hit back", "struck back", "added on");

    /** Whether two words make a phrasal reporting verb ("went on", "shot back"). */
    static boolean isPhrasal(String word, String next) {
        return PHRASAL.contains(word.toLowerCase(Locale.ROOT) + " " + next.toLowerCase(Locale.ROOT));
    }

    /** Whether the token introduces reported speech or thought in a clause. */
    static boolean isClausal(String word, String pos) {
        String w = word.toLowerCase(Locale.ROOT);
        return CLAUSAL.contains(w) && (pos.equals("VERB") || pos.equals("X") || ALWAYS.contains(w));
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
