package org.collate.extract.html;

import org.collate.model.RemovalReason;
import org.collate.model.RemovedSpan;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last cleaning, on the text blocks of the pruned body: labels, prompts and lines that markup alone does not
 * betray. Each rule sees one block and where it stands (before the first paragraph of prose, inside, or after the
 * last); the first rule that fires removes the block.
 */
final class BlockFilter {

    /** Where a block stands relative to the body's prose. */
    enum Position { HEAD, INSIDE, TAIL }

    /** What a rule sees. */
    record Candidate(TextBlock block, Position position, String lower) {
    }

    /** One rule; returns the reason to drop the block, or null. */
    enum Rule {
        /** Separators, bullets, lone punctuation: no letter or digit. */
        NO_WORDS {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                for (int i = 0; i < c.lower.length(); i++) {
                    if (Character.isLetterOrDigit(c.lower.charAt(i))) {
                        return null;
                    }
                }
                return RemovalReason.BOILERPLATE;
            }
        },
        /** The headline repeated at the top of the body. */
        TITLE {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                return c.position != Position.INSIDE && x.titles.contains(key(c.lower))
                        ? RemovalReason.DUPLICATE_TITLE : null;
            }
        },
        /**
         * Ad labels and reading-flow labels left where an ad slot was: "Advertisement", "Continue reading below",
         * "Story continues below".
         */
        AD_LABEL {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                return c.block.chars() <= 40 && AD_LABELS.matcher(c.lower).matches() ? RemovalReason.PROMO : null;
            }
        },
        /** "Read more: …", "Related: …", "See also …": a pointer to another article. */
        RELATED_LEAD_IN {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                return c.block.chars() <= 250 && RELATED.matcher(c.lower).lookingAt() ? RemovalReason.RELATED_LINK
                        : null;
            }
        },
        /** "Share this article", "Follow us on Twitter", "Sign up for our newsletter": the outlet talking. */
        PROMPT {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                if (c.block.chars() > (c.position == Position.INSIDE ? 100 : 220)) {
                    return null;
                }
                if (SHARE.matcher(c.lower).lookingAt()) {
                    return RemovalReason.SHARE_PROMPT;
                }
                return PROMO.matcher(c.lower).find() ? RemovalReason.PROMO : null;
            }
        },
        /** "By Jane Doe", "Updated 10:48, Tue Nov 19": bylines and datelines above or below the text. */
        BYLINE_OR_DATELINE {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                if (c.position == Position.INSIDE || c.block.chars() > 120) {
                    return null;
                }
                if (BYLINE.matcher(c.lower).lookingAt()) {
                    return RemovalReason.BYLINE;
                }
                return DATELINE.matcher(c.lower).lookingAt() ? RemovalReason.DATE_LINE : null;
            }
        },
        /** A link standing alone before or after the text: a teaser of another article, a section name. */
        LONE_LINK_OUTSIDE {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                return c.position != Position.INSIDE && c.block.linkDensity() >= 0.8 ? RemovalReason.RELATED_LINK
                        : null;
            }
        };
        abstract RemovalReason reason(Candidate c, Context x);
    }

    private static final Pattern AD_LABELS = Pattern.compile(
            "(advertisement|advertisements|advert|ad|ads|sponsored|sponsored content|paid content|anzeige|publicité"
                    + "|publicidad|pubblicità|reklama|continue reading( (the )?(main )?(story|article))?( below)?"
                    + "|(story|article) continues (below|after (the )?(ad|advertisement))|continue reading below"
                    + "|scroll to continue( with content)?|skip (ad|advertisement)|loading( \\.\\.\\.|…)?"
                    + "|ad feedback|report (this )?ad|close|play|replay|video|watch)[\\s.:…]*");
    private static final Pattern RELATED = Pattern.compile(
            "(read more|read also|also read|read next|more reading|further reading|see also|see more|related"
                    + "(( articles?| stories| coverage| content| links?| reading))?|recommended( for you)?|more on (this|that)"
                    + "|more from|more:|also on|you (may|might) also like|don'?t miss|most (read|popular)|top stories"
                    + "|trending( now)?|lire aussi|à lire aussi|lea también|lee también|leia também|mehr zum thema"
                    + "|lesen sie auch|leggi anche)\\b[\\s:.\\-–—|>»]*");
    private static final Pattern SHARE = Pattern.compile(
            "(share (this|on|via|the)|share$|tweet this|email this|follow (us|@)|like us on|copy link|print this"
                    + "|click to share|share this story)");
    private static final Pattern PROMO = Pattern.compile(
            "^(subscribe|sign up|download (our|the)|get (our|the) (app|newsletter)|join (us|our)|become a (member|subscriber)"
                    + "|click here|support (our|independent) journalism|get the latest|want more)"
                    + "|newsletter|subscribe to (our|the)|sign up for|delivered (to|right in(to)?) your inbox"
                    + "|get .{0,40} delivered");
    private static final Pattern BYLINE = Pattern.compile(
            "(by|von|par|por|di|door|av|af)\\s+\\p{L}[\\p{L}.'’\\-]*(\\s+\\p{L}[\\p{L}.'’\\-]*){0,5}"
                    + "(\\s*(,|and|&|und|et|y|e)\\s*\\p{L}[\\p{L}.'’\\-]*(\\s+\\p{L}[\\p{L}.'’\\-]*){0,4})*"
                    + "(\\s*[,|·•\\-–—]\\s*.{0,80})?$");
    private static final Pattern DATELINE = Pattern.compile(
            "((published|updated|posted|last updated|first published|modified|created)\\b.{0,80}"
                    + "|(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s.{0,60}\\d{4}.{0,30}"
                    + "|\\d{1,2}(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?\\s+\\d{4}.{0,30}"
                    + "|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}.{0,30}"
                    + "|\\d{4}-\\d{2}-\\d{2}.{0,30}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}.{0,30})$");

    /** Shared state of one run. */
    static final class Context {
        final Set<String> titles = new HashSet<>();

        Context(List<String> titles) {
            for (String t : titles) {
                if (t != null && !t.isBlank()) {
                    this.titles.add(key(BlockSplitter.normalise(t).toLowerCase(Locale.ROOT)));
                }
            }
        }
    }

    private BlockFilter() {
    }

    /** The blocks that stay, in order; what goes is appended to {@code removed}. */
    static List<TextBlock> filter(List<TextBlock> blocks, List<String> titles, List<RemovedSpan> removed) {
        int first = -1;
        int last = -1;
        Set<Element> proseOwners = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            if (TextStats.isProse(blocks.get(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                if (blocks.get(i).tag().equals("p")) {
                    proseOwners.add(blocks.get(i).owner());
                }
            }
        }
        Context x = new Context(titles);
        List<TextBlock> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            // A line of the same <p> as prose (lines cut by <br>) is inside the text, wherever it stands.
            Position p = first < 0 || proseOwners.contains(b.owner()) ? Position.INSIDE
                    : i < first ? Position.HEAD : i > last ? Position.TAIL : Position.INSIDE;
            Candidate c = new Candidate(b, p, b.text().toLowerCase(Locale.ROOT));
            RemovalReason reason = null;
            for (Rule rule : Rule.values()) {
                reason = rule.reason(c, x);
                if (reason != null) {
                    break;
                }
            }
            if (reason == null) {
                kept.add(b);
            } else if (reason != RemovalReason.BOILERPLATE || b.chars() >= 3) {
                removed.add(new RemovedSpan(b.text(), reason));
            }
        }
        return kept;
    }

    /** Letters and digits only, for comparing a block with a title. */
    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
