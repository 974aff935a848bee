/**
 * The immutable records that flow between Collate's stages: {@link org.collate.model.RawDocument} in,
 * {@link org.collate.model.Article} out of extraction, and the analysis, story and report records built on them.
 * Nothing here has behaviour beyond validation and small derived views.
 */
package org.collate.model;
