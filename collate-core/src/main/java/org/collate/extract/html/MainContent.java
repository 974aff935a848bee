package org.collate.extract.html;

import org.collate.model.RemovedSpan;

import java.util.List;

/** The article body found in a page: its paragraphs, and the blocks near it that were cut, with reasons. */
public record MainContent(List<String> paragraphs, List<RemovedSpan> removed) {
    public MainContent {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }
}
