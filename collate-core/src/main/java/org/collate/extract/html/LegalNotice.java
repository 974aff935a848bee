package org.collate.extract.html;

import java.util.regex.Pattern;

/**
 * A publisher's legal notice: "Copyright 2008, Westfield Publishing Co., Inc. All rights reserved. This material may
 * not be published, broadcast, rewritten …". Such a notice is comma-rich and long enough to read as prose, so it
 * must not vote for where the article is; whether it is the article's own last line (a wire story's copyright, which
 * readers and the benchmarks keep) or the site footer's depends on where it stands ({@link BlockFilter}).
 */
final class LegalNotice {

    /** Longer blocks are text that mentions copyright, not a notice. */
    static final int MAX_CHARS = 500;
    /** "Copyright 2008", "Copyright © 2008", "© 2008", "All rights reserved"; not a story about copyright. */
    private static final Pattern CUE = Pattern.compile(
            "(copyright\\s*(©|\\(c\\))?|©)\\s*(19|20)\\d{2}(?!\\d)|all rights reserved", Pattern.CASE_INSENSITIVE);

    private LegalNotice() {
    }

    static boolean is(TextBlock b) {
        return b.chars() <= MAX_CHARS && CUE.matcher(b.text()).find();
    }
}
