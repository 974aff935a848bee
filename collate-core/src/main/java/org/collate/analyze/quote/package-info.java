/**
 * Quotes: direct quotations in any quotation-mark style, partial quotes, and reported speech, each with its
 * speaker entity and reporting verb ({@link org.collate.analyze.quote.QuoteExtractor}).
 */
package org.collate.analyze.quote;
