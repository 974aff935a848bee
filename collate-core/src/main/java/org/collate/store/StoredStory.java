package org.collate.store;

import org.collate.output.StorySummary;

/**
 * A story as the store keeps it.
 *
 * @param summary    its line in a list of stories
 * @param activity   the store's stamp of the latest article or version that joined it: newer activity, larger stamp
 * @param reportJson its report as one story of the report document ({@code report.schema.json}), or null before
 *                   its first report
 * @param reportText its report as {@code collate run} prints it, or null
 * @param stale      whether articles joined or changed after the report was computed: an ingest that ends brings
 *                   it up to date ({@code collate ingest} with no input, after {@code --reports later} or a crash)
 */
public record StoredStory(StorySummary summary, long activity, String reportJson, String reportText, boolean stale) {
}
