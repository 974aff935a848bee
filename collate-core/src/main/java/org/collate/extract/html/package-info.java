/**
 * HTML extraction: jsoup parses the page, {@link org.collate.extract.html.HtmlMetadataExtractor} reads title, outlet,
 * author, URL and language, {@link org.collate.extract.date.PublicationDateExtractor} the date, and
 * {@link org.collate.extract.html.MainContentExtractor} finds the article body by scoring the page's blocks.
 */
package org.collate.extract.html;
