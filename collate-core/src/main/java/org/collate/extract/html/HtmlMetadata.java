package org.collate.extract.html;

import java.util.List;

/**
 * What a page's markup says about it; any field but {@code headlines} may be null.
 *
 * @param headlines   every form of the headline the page gives (OpenGraph, JSON-LD, {@code <title>}, {@code <h1>}),
 *                    to recognise it when the body repeats it
 * @param articleBody the article text declared in JSON-LD ({@code articleBody}), a hint of where the body is
 */
public record HtmlMetadata(String title, String outlet, String author, String url, String language,
                           List<String> headlines, String articleBody) {
    public HtmlMetadata {
        headlines = headlines == null ? List.of() : List.copyOf(headlines);
    }
}
