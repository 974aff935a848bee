package org.collate.extract;

import org.collate.model.PublicationDate;
import org.collate.model.RemovedSpan;

import java.util.List;

/**
 * What a format-specific extractor found in a document, before it is merged with the container's declared
 * metadata into an {@link org.collate.model.Article} by {@link ArticleAssembler}. Fields other than
 * {@code paragraphs} and {@code removed} may be null.
 *
 * @param pageLanguage the language the page declares ({@code <html lang>}), a hint for identification
 * @param warnings     limits the document reached, one line each
 */
public record ExtractedContent(String title, PublicationDate published, String outlet, String author, String url,
                               String pageLanguage, List<String> paragraphs, List<RemovedSpan> removed,
                               String format, List<String> warnings) {
    public ExtractedContent {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }

    /** Content that reached no limit. */
    public ExtractedContent(String title, PublicationDate published, String outlet, String author, String url,
                            String pageLanguage, List<String> paragraphs, List<RemovedSpan> removed, String format) {
        this(title, published, outlet, author, url, pageLanguage, paragraphs, removed, format, List.of());
    }
}
