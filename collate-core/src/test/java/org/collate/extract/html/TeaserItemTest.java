package org.collate.extract.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeaserItemTest {

    private static boolean teaser(String paragraph) {
        return TeaserItem.is(Fixtures.parse("<div>" + paragraph + "</div>").selectFirst("p"));
    }

    @Test
    void aLinkedHeadlineFollowedByADashOrABreakIsATeaser() {
        assertThat(teaser("<p><a href=\"/a\">Neighbours split over turbine plan</a> - Residents packed the hall,"
                + " some cheering, some booing.</p>")).isTrue();
        assertThat(teaser("<p><b><a href=\"/a\">Power company to buy ridge electricity</a></b><br>The utility has"
                + " agreed to buy the power for twenty years.</p>")).isTrue();
        assertThat(teaser("<p><!-- item --><a href=\"/a\">State park visitors up again</a><!-- x -->: Attendance"
                + " rose.</p>")).isTrue();
    }

    @Test
    void proseThatOpensWithALinkIsNotATeaser() {
        assertThat(teaser("<p><a href=\"/p\">Mayor Dana Cole</a> said on Monday that the plan would go ahead.</p>"))
                .isFalse();
        assertThat(teaser("<p><a href=\"/p\">Cole</a> - the mayor - said the plan would go ahead.</p>")).isFalse();
        assertThat(teaser("<p>The plan, <a href=\"/p\">first shown in May last year</a> - was approved.</p>"))
                .isFalse();
    }
}
