package org.collate.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingVerbsTest {

    @Test
    void theEntityRecogniserAndTheQuoteFindersAgreeOnSaid() {
        for (String w : List.of("said", "Says", "told", "warned", "added")) {
            assertThat(ReportingVerbs.isSpeechVerb(w)).as(w).isTrue();
            assertThat(ReportingVerbs.isAttributionVerb(w)).as(w).isTrue();
            assertThat(ReportingVerbs.isUnambiguousAttribution(w)).as(w).isTrue();
            assertThat(ReportingVerbs.takesClause(w)).as(w).isTrue();
        }
    }

    @Test
    void nounLikeFormsNeedTheTaggersVerb() {
        // "the statement read", "a call": attribution only when tagged as a verb.
        assertThat(ReportingVerbs.isAttributionVerb("read")).isTrue();
        assertThat(ReportingVerbs.isUnambiguousAttribution("read")).isFalse();
        assertThat(ReportingVerbs.isUnambiguousAttribution("calls")).isFalse();
        assertThat(ReportingVerbs.isSpeechVerb("table")).isFalse();
    }

    @Test
    void everyVerbWhoseClauseDropsThatOrFollowsAListenerTakesAClause() {
        // "reckoned" and "reminded" were in the reported-speech lists but not among the clausal verbs, so the quote
        // finder never reached them: a verb asked about its clause's form must take a clause at all.
        for (String w : List.of("said", "reckoned", "feared", "claimed")) {
            assertThat(ReportingVerbs.takesClauseWithoutThat(w)).as(w).isTrue();
            assertThat(ReportingVerbs.takesClause(w)).as(w).isTrue();
        }
        for (String w : List.of("told", "reminded", "assured")) {
            assertThat(ReportingVerbs.takesListener(w)).as(w).isTrue();
            assertThat(ReportingVerbs.takesClause(w)).as(w).isTrue();
        }
        assertThat(ReportingVerbs.takesClauseWithoutThat("explained")).isFalse(); // "explained the importance of"
    }

    @Test
    void phrasalVerbsInAnyCase() {
        assertThat(ReportingVerbs.isPhrasal("Shot", "back")).isTrue();
        assertThat(ReportingVerbs.isPhrasal("went", "home")).isFalse();
    }
}
