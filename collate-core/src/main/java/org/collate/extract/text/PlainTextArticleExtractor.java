package org.collate.extract.text;

import org.collate.extract.ExtractSettings;
import org.collate.extract.ExtractedContent;
import org.collate.extract.RejectedDocumentException;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RemovalReason;
import org.collate.model.RemovedSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text to {@link ExtractedContent}: a line classifier that keeps the story and removes site chrome, each cut
 * recorded with its reason. The header zone gives date, title, byline and site names ({@link HeaderReader}); rules
 * clean the body ({@link LineRule#DEFAULT}); a trailing list of unrelated headlines is cut
 * ({@link HeadlineListDetector}). Thread-safe.
 */
public final class PlainTextArticleExtractor {

    private final TextUnitSplitter splitter;
    private final HeaderReader headerReader;
    private final HeadlineListDetector headlines;
    private final List<LineRule> rules;

    public PlainTextArticleExtractor() {
        this(ExtractSettings.DEFAULT);
    }

    public PlainTextArticleExtractor(ExtractSettings settings) {
        this(settings, LineRule.DEFAULT);
    }

    PlainTextArticleExtractor(ExtractSettings settings, List<LineRule> rules) {
        this.splitter = new TextUnitSplitter(settings);
        this.headerReader = new HeaderReader(settings);
        this.headlines = new HeadlineListDetector(settings);
        this.rules = List.copyOf(rules);
    }

    public ExtractedContent extract(String text, DeclaredMetadata declared) throws RejectedDocumentException {
        List<TextUnit> units = splitter.split(text);
        if (units.isEmpty()) {
            throw new RejectedDocumentException("holds only white space");
        }
        HeaderReader.Header header = headerReader.read(units, declared.title());
        int listStart = headlines.trailingListStart(units, header.length());
        String titleKey = header.title() == null ? null : HeaderReader.key(header.title());

        List<String> paragraphs = new ArrayList<>();
        List<RemovedSpan> removed = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            TextUnit unit = units.get(i);
            RemovalReason reason;
            if (i < header.length()) {
                reason = header.marks().get(i);
            } else if (i >= listStart) {
                reason = unit.hasLetters() ? RemovalReason.UNRELATED_HEADLINES : RemovalReason.BOILERPLATE;
            } else if (titleKey != null && HeaderReader.key(unit.text()).equals(titleKey)) {
                reason = RemovalReason.DUPLICATE_TITLE;
            } else {
                reason = classify(unit);
            }
            if (reason == null) {
                paragraphs.add(unit.text());
            } else {
                removed.add(new RemovedSpan(unit.raw(), reason));
            }
        }
        if (paragraphs.isEmpty()) {
            throw new RejectedDocumentException("no article text: every line is site chrome");
        }
        return new ExtractedContent(header.title(), header.published(), null, header.author(), null, null,
                paragraphs, removed, "text");
    }

    private RemovalReason classify(TextUnit unit) {
        for (LineRule rule : rules) {
            RemovalReason reason = rule.classify(unit);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }
}
