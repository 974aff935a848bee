/**
 * The story store: articles, their versions and analyses, and stories with their reports, kept in a Lucene index
 * on disk ({@link org.collate.store.StoryStore}), and the incremental ingest that continues its stories
 * ({@link org.collate.store.StoreIngester}). Above every stage: it runs the pipeline and keeps what it produced.
 */
package org.collate.store;
