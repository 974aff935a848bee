package org.collate.store;

import org.collate.output.StorySummary;

/**
 * A story as the store keeps it.
 *
 * @param summary    its line in a list of stories
 * @param activity   the store's stamp of the latest article or version that joined it: newer activity, larger stamp
 * @param reportJson its report as one story of the report document ({@code report.schema.json})
 * @param reportText its report as {@code collate run} prints it
 */
public record StoredStory(StorySummary summary, long activity, String reportJson, String reportText) {
}
