/**
 * Extraction: bytes to a clean {@link org.collate.model.Article}.
 *
 * <p>{@link org.collate.extract.DocumentExtractor} decodes a {@link org.collate.model.RawDocument}
 * ({@link org.collate.extract.DocumentDecoder}: binary and empty inputs refused, charset from BOM, HTTP header,
 * {@code <meta charset>}, UTF-8 validity) and routes it by content to {@link org.collate.extract.html.HtmlArticleExtractor}
 * or {@link org.collate.extract.text.PlainTextArticleExtractor}. Both keep what they cut, with a reason.
 */
package org.collate.extract;
