package org.collate.extract;

import org.collate.model.RawDocument;

/** Turns one raw document into an article or a reason why it holds none. Implementations are thread-safe. */
public interface ArticleExtractor {
    Extraction extract(RawDocument document);
}
