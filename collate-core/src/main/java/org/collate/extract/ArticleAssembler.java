package org.collate.extract;

import org.collate.extract.date.DateParser;
import org.collate.model.Article;
import org.collate.model.DeclaredMetadata;
import org.collate.model.PublicationDate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Merges what a page says with what its container declared, identifies the language and gives the article its
 * identity. A declared field is kept unless the page contradicts it with stronger evidence: a declared date gives
 * way to a structured date (JSON-LD, meta) on another day, since feeds and crawls often carry the crawl date.
 */
public final class ArticleAssembler {

    /** Date sources trusted above a container's declaration. */
    private static final Set<String> STRUCTURED_DATE_SOURCES = Set.of("json-ld", "meta");

    private final LanguageIdentifier languages;

    public ArticleAssembler(LanguageIdentifier languages) {
        this.languages = languages;
    }

    /** Builds the article, or returns null when the content has no paragraph. */
    public Article assemble(String origin, DeclaredMetadata declared, ExtractedContent content) {
        List<String> paragraphs = content.paragraphs().stream()
                .map(p -> p.strip().replaceAll("\\n\\s*\\n", "\n"))
                .filter(p -> !p.isEmpty())
                .toList();
        if (paragraphs.isEmpty()) {
            return null;
        }
        String text = Article.joinParagraphs(paragraphs);
        String url = firstNonBlank(declared.url(), content.url());
        String title = firstNonBlank(declared.title(), content.title());
        String outlet = firstNonBlank(declared.outlet(), content.outlet(), outletFromUrl(url));
        PublicationDate published = choosePublished(declared, content.published());
        String language = languages.identify(title == null ? text : title + "\n" + text);
        if ("und".equals(language) && content.pageLanguage() != null) {
            language = normaliseLanguage(content.pageLanguage());
        }
        String id = declared.id() != null ? declared.id() : contentId(url, text);
        return new Article(id, origin, url, outlet, title, published, language, content.author(), text,
                content.removed(), content.format());
    }

    private static PublicationDate choosePublished(DeclaredMetadata declared, PublicationDate fromPage) {
        PublicationDate given = declared.published() == null ? null
                : DateParser.parse(declared.published()).map(d -> d.withSource("declared")).orElse(null);
        if (given == null) {
            return fromPage;
        }
        if (fromPage != null && STRUCTURED_DATE_SOURCES.contains(fromPage.source())
                && !fromPage.day().equals(given.day())) {
            return fromPage;
        }
        return given;
    }

    /** {@code www.example.co.uk} from a URL: a readable outlet name when nothing better is known. */
    static String outletFromUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String normaliseLanguage(String lang) {
        String code = lang.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        if (dash < 0) {
            dash = code.indexOf('_');
        }
        code = dash > 0 ? code.substring(0, dash) : code;
        return code.matches("[a-z]{2,3}") ? code : "und";
    }

    /** The first 16 hex digits of SHA-256 over URL and text: the same article read twice gets the same id. */
    public static String contentId(String url, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (url != null) {
                sha.update(url.getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
