/**
 * Live sources: RSS and Atom feeds and sitemaps followed politely ({@link org.collate.watch.PoliteFetcher}: robots.txt,
 * a per-host delay, conditional GET, retries with backoff, a size cap), each new or changed page extracted and
 * ingested into the story store ({@link org.collate.watch.FeedWatcher}).
 */
package org.collate.watch;
