package org.collate.extract;

import org.collate.model.Article;
import org.collate.model.PublicationDate;

import java.util.List;

/** The outcome of extracting one document: an article (perhaps with warnings), or the reason there is none. */
public sealed interface Extraction {

    String origin();

    /** An article; {@code warnings} are one-line notes on what was repaired (a charset guessed, say). */
    record Extracted(Article article, List<String> warnings) implements Extraction {
        public Extracted {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    /**
     * No article: the input is empty, binary, not an article, … ({@code reason} says which, in one line).
     *
     * @param published the day a page that is no article still declares (its metadata, its byline), or null
     */
    record Skipped(String origin, String reason, PublicationDate published) implements Extraction {

        public Skipped(String origin, String reason) {
            this(origin, reason, null);
        }
    }
}
