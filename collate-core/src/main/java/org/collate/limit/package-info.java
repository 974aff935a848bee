/**
 * Bounds on what one document may cost a stage: a cooperative per-document time budget ({@link
 * org.collate.limit.Deadline}). The size bounds live in each stage's own limits record ({@code InputLimits},
 * {@code AnalysisLimits}, {@code ExtractionLimits}, {@code RunLimits}).
 */
package org.collate.limit;
