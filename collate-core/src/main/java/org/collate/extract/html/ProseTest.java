package org.collate.extract.html;

import org.collate.extract.ExtractSettings;

/**
 * Whether a block reads as prose rather than a label or a link: long enough, with few links.
 *
 * @param minChars       a block of prose has at least this many characters
 * @param maxLinkDensity and at most this share of them in links
 */
record ProseTest(int minChars, double maxLinkDensity) {

    static ProseTest of(ExtractSettings settings) {
        return new ProseTest(settings.proseMinChars(), settings.proseMaxLinkDensity());
    }

    boolean test(TextBlock b) {
        return b.chars() >= minChars && b.linkDensity() <= maxLinkDensity;
    }
}
