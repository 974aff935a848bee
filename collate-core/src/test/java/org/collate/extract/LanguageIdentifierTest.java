package org.collate.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {

    private static final String ENGLISH = "The leaders of China and Russia met on Thursday at a summit in Samarkand, "
            + "where they said that the war in Ukraine would not change their plans for trade, and the talks were "
            + "followed by a dinner with the other heads of state who had come to the city for the meeting.";
    private static final String GERMAN = "Die Staats- und Regierungschefs von China und Russland trafen sich am "
            + "Donnerstag auf einem Gipfel in Samarkand, wo sie sagten, dass der Krieg in der Ukraine ihre Pläne für "
            + "den Handel nicht ändern werde, und auf die Gespräche folgte ein Abendessen mit den anderen Gästen.";
    private static final String FRENCH = "Les dirigeants de la Chine et de la Russie se sont rencontrés jeudi lors "
            + "d'un sommet à Samarcande, où ils ont déclaré que la guerre en Ukraine ne changerait pas leurs projets "
            + "commerciaux, et les discussions ont été suivies d'un dîner avec les autres chefs d'État.";

    @Test
    void fastPathTakesPlainEnglishOnly() {
        assertThat(LanguageIdentifier.isPlainlyEnglish(ENGLISH)).isTrue();
        assertThat(LanguageIdentifier.isPlainlyEnglish(GERMAN)).isFalse();
        assertThat(LanguageIdentifier.isPlainlyEnglish(FRENCH)).isFalse();
        assertThat(LanguageIdentifier.isPlainlyEnglish("The end of the line.")).isFalse(); // too short to tell
    }

    @Test
    void modelAnswersWhereTheFastPathDoesNot() {
        LanguageIdentifier id = LanguageIdentifier.shared();
        assertThat(id.identify(ENGLISH)).isEqualTo("en");
        assertThat(id.identify(GERMAN)).isEqualTo("de");
        assertThat(id.identify(FRENCH)).isEqualTo("fr");
        assertThat(id.identify("   ")).isEqualTo("und");
    }

    @Test
    void theThresholdsAreTheSettingsGiven() {
        LanguageSettings d = LanguageSettings.DEFAULT;
        // one English function word in every word: no English text reaches it
        LanguageSettings everyWord = new LanguageSettings(d.minConfidence(), d.maxChars(), d.fastPathWords(),
                d.fastPathMinWords(), 1);
        assertThat(LanguageIdentifier.isPlainlyEnglish(ENGLISH, everyWord)).isFalse();
        LanguageSettings fewWords = new LanguageSettings(d.minConfidence(), d.maxChars(), d.fastPathWords(), 5,
                d.fastPathWordsPerEnglish());
        assertThat(LanguageIdentifier.isPlainlyEnglish("The end of the line and the start of it.", fewWords)).isTrue();
        // a confidence no answer reaches: the model's answers become "und"; the shared model is not changed
        LanguageIdentifier unsure = LanguageIdentifier.shared().withSettings(
                new LanguageSettings(1.01, d.maxChars(), d.fastPathWords(), d.fastPathMinWords(),
                        d.fastPathWordsPerEnglish()));
        assertThat(unsure.identify(GERMAN)).isEqualTo("und");
        assertThat(LanguageIdentifier.shared().identify(GERMAN)).isEqualTo("de");
        assertThat(LanguageIdentifier.shared().withSettings(d)).isSameAs(LanguageIdentifier.shared());
    }
}
