package org.collate.extract.html;

/** What a page's markup says about it; any field may be null. */
public record HtmlMetadata(String title, String outlet, String author, String url, String language) {
}
