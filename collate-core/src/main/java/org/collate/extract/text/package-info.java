/**
 * Plain-text extraction: {@link org.collate.extract.text.TextUnitSplitter} turns lines into paragraph units
 * (re-joining hard-wrapped lines), {@link org.collate.extract.text.HeaderReader} reads the date line, title, bylines
 * and site names above the story, a chain of {@link org.collate.extract.text.LineRule}s removes chrome inside it, and
 * {@link org.collate.extract.text.HeadlineListDetector} cuts trailing lists of unrelated headlines.
 */
package org.collate.extract.text;
