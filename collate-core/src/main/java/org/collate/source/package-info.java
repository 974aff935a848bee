/**
 * Sources: turn paths, directory trees, stdin, JSON Lines and WARC files into {@link org.collate.model.RawDocument}s.
 * What a file holds is decided by its content (gzip and WARC magic, a JSON object per line), never by its name.
 * A file that cannot be read becomes a {@link org.collate.source.SourceItem.Failure} and reading goes on.
 */
package org.collate.source;
