package org.collate.analyze.entity;

import java.util.Locale;
import java.util.Set;

/**
 * Verbs that report speech or writing, in the inflections news copy uses ("said", "says", "told", "warned").
 * Shared by the entity recogniser (a name before "said" is a person) and the quote extractor.
 * Compiled by hand for Collate from the reporting verbs of English news.
 */
public final class SpeechVerbs {

    private static final Set<String> VERBS = Set.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "state", "states", "stated", "explain", "explains", "explained", "insist", "insists", "insisted",
            "declare", "declares", "declared", "warn", "warns", "warned", "note", "notes", "noted", "argue",
            "argues", "argued", "ask", "asks", "asked", "write", "writes", "wrote", "tweet", "tweets", "tweeted",
            "claim", "claims", "claimed", "announce", "announces", "announced", "reply", "replies", "replied",
            "respond", "responds", "responded", "answer", "answers", "answered", "admit", "admits", "admitted",
            "acknowledge", "acknowledged", "acknowledges", "suggest", "suggests", "suggested", "urge", "urges",
            "urged", "predict", "predicted", "predicts", "recall", "recalled", "recalls", "remark", "remarked",
            "comment", "commented", "continue", "continued", "continues", "concede", "conceded", "concedes",
            "confirm", "confirmed", "confirms", "deny", "denied", "denies", "agree", "agreed", "agrees", "observe",
            "observed", "observes", "emphasise", "emphasised", "emphasize", "emphasized", "stress", "stressed",
            "stresses", "vow", "vowed", "vows", "promise", "promised", "promises", "pledge", "pledged", "pledges",
            "complain", "complained", "complains", "welcome", "welcomed", "welcomes", "hail", "hailed", "hails",
            "call", "called", "calls", "tout", "touted", "shout", "shouted", "whisper", "whispered", "joke", "joked",
            "quip", "quipped", "recount", "recounted", "report", "reported", "reports", "describe", "described",
            "believe", "believes", "believed", "think", "thinks", "thought", "assert", "asserted", "asserts",
            "maintain", "maintained", "maintains", "contend", "contended", "contends", "point", "pointed",
            "reiterate", "reiterated", "reiterates", "testify", "testified", "posted", "boast", "boasted", "mock",
            "mocked", "lament", "lamented", "charge", "charged", "accuse", "accused", "accuses", "reveal", "revealed",
            "reveals", "disclose", "disclosed", "estimate", "estimated", "thank", "thanked", "thanks");

    private SpeechVerbs() {
    }

    /** Whether the word, in any case, is a reporting verb. */
    public static boolean contains(String word) {
        return VERBS.contains(word.toLowerCase(Locale.ROOT));
    }
}
