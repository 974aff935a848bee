package org.collate.extract.date;

import org.collate.model.PublicationDate;

import java.util.List;

/**
 * One day a page could be dated by, as the learned chooser sees it ({@link DateOptions}): the date, put on the
 * page's own day, and what the page's evidence says of that day, as feature names.
 *
 * @param date     the date the page would be given (the most trusted candidate naming this day)
 * @param features the names of the features that hold for this day
 */
public record DateOption(PublicationDate date, List<String> features) {

    public DateOption {
        features = List.copyOf(features);
    }
}
