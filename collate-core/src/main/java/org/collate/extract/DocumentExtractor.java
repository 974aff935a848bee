package org.collate.extract;

import org.collate.extract.html.HtmlArticleExtractor;
import org.collate.extract.text.PlainTextArticleExtractor;
import org.collate.limit.Deadline;
import org.collate.model.Article;
import org.collate.model.RawDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * The extraction stage: decodes a raw document, routes it by content to the HTML or plain-text extractor, and
 * assembles the article. Every failure becomes {@link Extraction.Skipped} with a one-line reason; a runtime error
 * inside an extractor is reported the same way, so one hostile page never stops a run. Thread-safe.
 */
public final class DocumentExtractor implements ArticleExtractor {

    private final DocumentDecoder decoder = new DocumentDecoder();
    private final HtmlArticleExtractor html;
    private final PlainTextArticleExtractor text;
    private final ArticleAssembler assembler;

    public DocumentExtractor() {
        this(ExtractSettings.DEFAULT);
    }

    public DocumentExtractor(ExtractSettings settings) {
        this(settings, LanguageIdentifier.shared().withSettings(settings.language()));
    }

    public DocumentExtractor(LanguageIdentifier languages) {
        this(ExtractSettings.DEFAULT, languages);
    }

    /** The stage with {@code settings}; {@code languages} identifies languages with its own settings. */
    public DocumentExtractor(ExtractSettings settings, LanguageIdentifier languages) {
        this.html = new HtmlArticleExtractor(settings);
        this.text = new PlainTextArticleExtractor(settings);
        this.assembler = new ArticleAssembler(languages);
    }

    @Override
    public Extraction extract(RawDocument document) {
        String origin = document.origin();
        try {
            DecodedDocument.Kind declaredKind = switch (String.valueOf(document.declared().format())) {
                case "html" -> DecodedDocument.Kind.HTML;
                case "text" -> DecodedDocument.Kind.TEXT;
                default -> null;
            };
            DecodedDocument decoded = decoder.decode(document.content(), document.declared().contentType(),
                    declaredKind);
            Deadline.check();
            ExtractedContent content = decoded.kind() == DecodedDocument.Kind.HTML
                    ? html.extract(decoded.text(), document.declared())
                    : text.extract(decoded.text(), document.declared());
            Article article = assembler.assemble(origin, document.declared(), content);
            if (article == null) {
                return new Extraction.Skipped(origin, "no article text");
            }
            List<String> warnings = new ArrayList<>(decoded.warnings());
            warnings.addAll(content.warnings());
            return new Extraction.Extracted(article, warnings);
        } catch (RejectedDocumentException e) {
            return new Extraction.Skipped(origin, e.getMessage(), e.published());
        } catch (Deadline.Exceeded e) {
            throw e; // the caller that set the budget says what happens then
        } catch (StackOverflowError e) {
            return new Extraction.Skipped(origin, "document nested too deeply to read");
        } catch (RuntimeException e) {
            return new Extraction.Skipped(origin, "could not be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
        }
    }
}
