package org.collate.reconcile;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.ArticleFlag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextQualityTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(false);

    private static List<ArticleFlag> flags(String text) {
        AnalyzedArticle a = ANALYZER.analyze(new Article("t", "t", null, null, null, null, "en", null, text, List.of(),
                "text"));
        return new TextQuality(ReconcileSettings.DEFAULT.translationSigns()).flags(a);
    }

    @Test
    void spunTextIsFlaggedWithItsEvidence() {
        List<ArticleFlag> flags = flags("MM Putin and Xi met in the city on Thursday. The talks lasted two hours "
                + "and ended with a joint statement on trade. Russian army. The leaders then went to a dinner given "
                + "by the host, Mr. Mr. Mirziyoyev, in the old palace.");
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).kind()).isEqualTo("machine-translation");
        assertThat(flags.get(0).evidence()).extracting(e -> e.text())
                .contains("MM Putin", "Russian army.");
    }

    @Test
    void oneSignAloneIsATypoNotAFlag() {
        assertThat(flags("The leaders met in the city on Thursday. The talks lasted two hours and ended with a "
                + "joint statement on the the trade routes of the region.")).isEmpty();
    }

    @Test
    void pieceAfterAnInitialIsAnAbbreviationNotAScrap() {
        // Tokenised corpora write "U . S ." and the segmenter may cut there: the pieces are not the writer's scraps.
        assertThat(flags("A strong quake hit the coast on Wednesday , the U . S . Geological Survey . said . "
                + "No damage was reported . Officials said the the airport was closed for checks .")).isEmpty();
    }
}
