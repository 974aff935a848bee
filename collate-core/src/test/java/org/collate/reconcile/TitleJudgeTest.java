package org.collate.reconcile;

import org.collate.analyze.entity.Gazetteer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collate.reconcile.TitleJudge.Verdict.COMPATIBLE;
import static org.collate.reconcile.TitleJudge.Verdict.CONFLICT;
import static org.collate.reconcile.TitleJudge.Verdict.VARIANT;

/** Which two titles of one person disagree, which are one office worded otherwise, and which sit together. */
class TitleJudgeTest {

    private final TitleJudge judge = new TitleJudge(new EntityRoster(Gazetteer.shared()));

    @Test
    void twoOfficesAtOnceConflict() {
        assertThat(judge.compare("Prime Minister", "President")).isEqualTo(CONFLICT);
        assertThat(judge.compare("CEO", "president")).isEqualTo(CONFLICT);
        assertThat(judge.compare("Vice President", "President")).isEqualTo(CONFLICT);
        assertThat(judge.compare("Deputy Minister", "Foreign Minister")).isEqualTo(CONFLICT);
    }

    @Test
    void oneOfficeWordedOtherwiseIsAVariant() {
        assertThat(judge.compare("British Foreign Secretary", "British Foreign Minister")).isEqualTo(VARIANT);
        assertThat(judge.compare("Roc Nation COO", "chief operating officer")).isEqualTo(VARIANT);
        assertThat(judge.compare("Defense Secretary", "Secretary")).isEqualTo(VARIANT);
        assertThat(judge.compare("Gov.", "Governor")).isEqualTo(VARIANT);
    }

    @Test
    void aRankBeforeTheTitleCounts() {
        assertThat(judge.compare("Foreign Minister", "The Deputy ", "Deputy Minister", "")).isEqualTo(VARIANT);
    }

    @Test
    void titlesOfAnotherTimeOrAnotherPersonSitWithAnyOther() {
        assertThat(judge.compare("Senator", "then-", "President", "")).isEqualTo(COMPATIBLE);
        assertThat(judge.compare("former President", "Prime Minister")).isEqualTo(COMPATIBLE);
        assertThat(judge.compare("nominee", "Secretary")).isEqualTo(COMPATIBLE);
        // "Press Secretary of the Russian President Dmitry Peskov": the President is not Peskov.
        assertThat(judge.compare("Russian President", "Press Secretary of the ", "Secretary", "")).isEqualTo(COMPATIBLE);
    }

    @Test
    void twoOutletsMayNameTwoOfficesOfOnePerson() {
        // Offices of the same kind of body still conflict between outlets.
        assertThat(judge.compareIndependent("Prime Minister", "", "President", "")).isEqualTo(CONFLICT);
        assertThat(judge.compareIndependent("Zoo Director", "", "president", "")).isEqualTo(CONFLICT);
        // A trade or a description is no office: it sits with any title.
        assertThat(judge.compareIndependent("Professor", "", "author", "")).isEqualTo(COMPATIBLE);
        // A city's mayor may also preside over a region.
        assertThat(judge.compareIndependent("Nice’s Mayor", "", "President", "")).isEqualTo(COMPATIBLE);
        // Between renderings of one text, a changed title is a changed fact.
        assertThat(judge.compare("Professor", "author")).isEqualTo(CONFLICT);
    }

    @Test
    void aTitlesHeadIsItsLastWord() {
        assertThat(judge.compare("producer", "Executive producer")).isEqualTo(VARIANT);
    }
}
