/**
 * Publication dates: {@link org.collate.extract.date.DateParser} reads a date written in any common form and
 * several languages; {@link org.collate.extract.date.PublicationDateExtractor} finds an HTML page's publication date
 * in JSON-LD, meta tags, {@code <time>} elements, the URL and the text, in that order of trust.
 */
package org.collate.extract.date;
