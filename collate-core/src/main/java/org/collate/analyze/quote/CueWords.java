package org.collate.analyze.quote;

import org.collate.lexicon.ReportingVerbs;

/**
 * Words that attribute what someone said or thinks, as the quote finders ask about them, read from
 * {@link ReportingVerbs}: reporting verbs and the further verbs of attribution news copy uses next to quotations
 * ("quipped", "wondered", "the statement read"); forms that are just as often nouns ("call", "report", "claims")
 * count only when tagged as verbs. Reported speech (no quotation marks) takes only verbs that introduce a clause
 * ("said that …", "believes …").
 */
final class CueWords {

    private CueWords() {
    }

    /** Whether the token reports speech next to a quotation. */
    static boolean isCue(String word, String pos) {
        if (ReportingVerbs.isUnambiguousAttribution(word)) {
            return true;
        }
        return (pos.equals("VERB") || pos.equals("X")) && ReportingVerbs.isAttributionVerb(word);
    }

    /** Whether two words make a phrasal reporting verb ("went on", "shot back"). */
    static boolean isPhrasal(String word, String next) {
        return ReportingVerbs.isPhrasal(word, next);
    }

    /** Whether the token introduces reported speech or thought in a clause. */
    static boolean isClausal(String word, String pos) {
        return ReportingVerbs.takesClause(word)
                && (pos.equals("VERB") || pos.equals("X") || ReportingVerbs.isUnambiguousAttribution(word));
    }
}
