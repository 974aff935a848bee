package org.collate.model;

import java.util.Locale;

/** Why a span of the input is not part of the article. Serialised in kebab case ({@code related-link}). */
public enum RemovalReason {
    /** "Read more: …", "See also …": a link to another article. */
    RELATED_LINK,
    /** An advertisement or a promotion of the outlet's other products (radio, newsletter, app). */
    PROMO,
    /** The outlet's or a section's name standing alone. */
    SITE_NAME,
    /** The headline repeated in the body. */
    DUPLICATE_TITLE,
    /** A list of headlines of other, unrelated articles. */
    UNRELATED_HEADLINES,
    /** A byline or author line. */
    BYLINE,
    /** A date line that was read as the publication date. */
    DATE_LINE,
    /** "Share on Facebook", "Follow us", "Click here to subscribe". */
    SHARE_PROMPT,
    /** Menus, breadcrumbs, pagination and other navigation. */
    NAVIGATION,
    /** A caption or credit of an image or video. */
    CAPTION,
    /** Comments, legal notices, cookie banners and other page furniture. */
    BOILERPLATE;

    /** The label used in output, e.g. {@code related-link}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return label();
    }
}
