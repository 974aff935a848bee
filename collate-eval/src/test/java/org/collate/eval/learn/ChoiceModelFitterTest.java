package org.collate.eval.learn;

import org.collate.analyze.quote.SpeakerRanker;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Fitting a choice model on made-up choices. */
class ChoiceModelFitterTest {

    /** Made-up choices: the subject of a reporting verb is right, a name after a preposition is not. */
    private static List<ChoiceModelFitter.Example> examples() {
        ChoiceModelFitter.Example a = new ChoiceModelFitter.Example(List.of(List.of("cs.A", "kind=PERSON"),
                List.of("prep", "kind=PERSON")), new boolean[] {true, false});
        ChoiceModelFitter.Example b = new ChoiceModelFitter.Example(List.of(List.of("prep", "kind=ORGANIZATION"),
                List.of("cs.A", "kind=ORGANIZATION")), new boolean[] {false, true});
        return List.of(a, b, a, b);
    }

    @Test
    void learnsToPreferTheRightCandidateAndIsDeterministic() throws Exception {
        SpeakerRanker model = SpeakerRanker.of(ChoiceModelFitter.fit(examples(), ChoiceModelFitter.Settings.DEFAULT));
        assertThat(model.best(List.of(List.of("prep"), List.of("cs.A")))).isEqualTo(1);
        String once = write(model);
        String twice = write(SpeakerRanker.of(ChoiceModelFitter.fit(examples(), ChoiceModelFitter.Settings.DEFAULT)));
        assertThat(once).isEqualTo(twice);
    }

    private static String write(SpeakerRanker model) throws Exception {
        StringWriter w = new StringWriter();
        model.write(w);
        return w.toString();
    }
}
