/**
 * Linking: which articles report the same event, and which are copies of which.
 * {@link org.collate.link.NearDuplicateIndex} finds copies with MinHash and LSH in time independent of corpus
 * size; {@link org.collate.link.StoryClusterer} assigns each arriving article to a story in one streaming pass,
 * comparing it only with stories active in a time window that a Lucene index retrieves;
 * {@link org.collate.link.ProvenanceClassifier} tells copies, rewrites, same-source and independent reports apart
 * and picks the original.
 */
package org.collate.link;
