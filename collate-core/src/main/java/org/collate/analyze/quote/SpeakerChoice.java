package org.collate.analyze.quote;

import org.collate.model.Span;

import java.util.List;

/**
 * A direct quote's speaker candidates and which one was chosen: what {@code collate train speakers} learns from.
 *
 * @param quote      the quote's span (as {@code Quote.span()})
 * @param candidates the candidates, the rules' own choice among them when it names a person or organisation
 * @param chosen     the index of the chosen candidate, or -1
 */
public record SpeakerChoice(Span quote, List<SpeakerCandidate> candidates, int chosen) {

    public SpeakerChoice {
        candidates = List.copyOf(candidates);
    }
}
