package org.collate.analyze.quote;

import org.collate.model.Span;

import java.util.List;

/**
 * One mention that may have said a direct quote, as the speaker ranker sees it.
 *
 * @param span           the words naming it nearest the quote (a name, a pronoun, a description)
 * @param entityId       its entity, or null
 * @param outerSpan      for the rules' own attribution, the outer source that reports it ("…, according to CNN"),
 *                       or null
 * @param outerEntityId  that outer source's entity, or null
 * @param features       what the ranker weighs: generic features only, never the words of the mention
 */
public record SpeakerCandidate(Span span, String entityId, Span outerSpan, String outerEntityId,
                               List<String> features) {

    public SpeakerCandidate {
        features = List.copyOf(features);
    }
}
