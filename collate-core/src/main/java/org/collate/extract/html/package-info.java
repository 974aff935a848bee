/**
 * HTML extraction. {@link org.collate.extract.html.HtmlArticleExtractor} parses the page with jsoup (nesting capped),
 * {@link org.collate.extract.html.HtmlMetadataExtractor} reads title, outlet, author, URL, language and the JSON-LD
 * article text, {@link org.collate.extract.date.PublicationDateExtractor} the date, and
 * {@link org.collate.extract.html.MainContentExtractor} the body, in four steps, each a class of its own:
 * <ol>
 *   <li>{@link org.collate.extract.html.PageCleaner}: page-wide, only what is never text (scripts, hidden elements,
 *   navigation landmarks, hover cards);</li>
 *   <li>{@link org.collate.extract.html.ContentLocator}: the element(s) holding the body, from the declared JSON-LD
 *   body ({@link org.collate.extract.html.DeclaredBodyLocator}) or by Readability-style scoring of the page's
 *   {@link org.collate.extract.html.TextBlock}s, furniture excluded ({@link org.collate.extract.html.FurnitureJudge},
 *   {@link org.collate.extract.html.ClassCues});</li>
 *   <li>{@link org.collate.extract.html.ContentPruner}: furniture cut out of the body element by element (share bars,
 *   link lists, figures, ad slots);</li>
 *   <li>{@link org.collate.extract.html.BlockFilter}: labels and prompts dropped from the text blocks, anywhere or at
 *   the body's edges ({@link org.collate.extract.html.Phrases}).</li>
 * </ol>
 * Every rule is named and documented with the kind of page that called for it; what the last two steps cut is kept
 * as {@link org.collate.model.RemovedSpan}s. See {@code docs/html-extraction.md} for measurements and the failures
 * studied.
 */
package org.collate.extract.html;
