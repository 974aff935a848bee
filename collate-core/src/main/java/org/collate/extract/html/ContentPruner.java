package org.collate.extract.html;

import org.collate.model.RemovalReason;
import org.collate.model.RemovedSpan;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts page furniture out of the located body, element by element, top down: the first rule that matches an
 * element removes it with everything inside and records what was cut, and why.
 *
 * <p>No rule removes an element that holds a large share of the body's prose ({@link org.collate.extract.ExtractSettings#protectedShare()}): a class
 * name or a tag is a cue, and a cue on a wrapper of the article itself (a {@code <header>} around the whole story, a
 * {@code figure} holding the text) must not cost the article. A comment thread is not protected by its share: under a
 * short story it often holds most of the prose.
 */
final class ContentPruner {

    /** One rule; {@code reason} returns why the element is furniture, or null. */
    enum Rule {
        /**
         * Class or id names furniture: share bars ({@code share-tools}), related-link boxes ({@code related},
         * {@code recirc}, {@code outbrain}), ad slots ({@code ad-container}, {@code dfp}), newsletter boxes,
         * bylines and datelines ({@code byline}, {@code article-meta}), captions and credits, tag lists, comments.
         */
        FURNITURE_CLASS {
            @Override
            RemovalReason reason(Element e, Context c) {
                return ClassCues.furniture(e);
            }
        },
        /**
         * Figures and their captions: photo captions and credits are not article text. A figure holding a
         * blockquote is a quotation or an embedded post (a tweet), which is; its caption still goes.
         */
        FIGURE {
            @Override
            RemovalReason reason(Element e, Context c) {
                String t = e.normalName();
                if (t.equals("figcaption")) {
                    return RemovalReason.CAPTION;
                }
                return t.equals("figure") && e.selectFirst("blockquote") == null ? RemovalReason.CAPTION : null;
            }
        },
        /** Asides inside the story: pull-outs, "related" boxes, fact boxes of other stories. */
        ASIDE {
            @Override
            RemovalReason reason(Element e, Context c) {
                return e.normalName().equals("aside") ? RemovalReason.RELATED_LINK : null;
            }
        },
        /** The article's own header (headline, byline, date, share bar) and footer (tags, share bar, bio). */
        HEADER_FOOTER {
            @Override
            RemovalReason reason(Element e, Context c) {
                return switch (e.normalName()) {
                    case "header" -> RemovalReason.BYLINE;
                    case "footer" -> RemovalReason.BOILERPLATE;
                    default -> null;
                };
            }
        },
        /** Forms: newsletter sign-ups, comment boxes, polls. */
        FORM {
            @Override
            RemovalReason reason(Element e, Context c) {
                return e.normalName().equals("form") || e.normalName().equals("fieldset") ? RemovalReason.PROMO : null;
            }
        },
        /**
         * Lists and boxes made mostly of links ("More stories", "Top headlines", tag lists): more than half their
         * text is link text, and they hold three links or more, or two headline-long ones.
         */
        LINK_LIST {
            @Override
            RemovalReason reason(Element e, Context c) {
                if (!LINK_LIST_TAGS.contains(e.normalName())) {
                    return null;
                }
                TextStats.Totals t = c.stats.of(e);
                if (t.chars == 0 || t.linkDensity() <= 0.5) {
                    return null;
                }
                // Two short links ("Get it at Shop A", "Also at Shop B") are a buying box of the text; teasers of
                // other stories have headline-long link texts, or come three and more.
                List<Element> links = e.getElementsByTag("a");
                boolean teasers = links.size() >= 3 || links.size() == 2 && t.linkChars >= 2 * 35;
                return teasers ? RemovalReason.RELATED_LINK : null;
            }
        },
        /**
         * Lists of other stories written as paragraphs: two or more linked headlines, each with a line of teaser text
         * ({@link TeaserItem}), making most of the element's text. Their link share is too low for {@link
         * #LINK_LIST}.
         */
        TEASER_LIST {
            @Override
            RemovalReason reason(Element e, Context c) {
                if (!LINK_LIST_TAGS.contains(e.normalName())) {
                    return null;
                }
                int items = 0;
                int itemChars = 0;
                for (Element child : e.children()) {
                    if (TeaserItem.is(child)) {
                        items++;
                        itemChars += c.stats.of(child).chars;
                    }
                }
                return items >= 2 && itemChars * 3 >= c.stats.of(e).chars * 2 ? RemovalReason.RELATED_LINK : null;
            }
        };
        abstract RemovalReason reason(Element e, Context c);
    }

    /** Block elements that can be a list or box of links (inline ones have no totals of their own). */
    private static final Set<String> LINK_LIST_TAGS = Set.of("ul", "ol", "dl", "div", "section", "table", "p");

    /** What a rule may consult. */
    record Context(TextStats stats, int rootProse, double protectedShare) {
    }

    private ContentPruner() {
    }

    /** Prunes {@code roots} in place; appends what was cut to {@code removed}. */
    static void prune(List<Element> roots, List<RemovedSpan> removed, double protectedShare, ProseTest proseTest) {
        List<TextBlock> blocks = BlockSplitter.split(roots);
        int prose = 0;
        for (TextBlock b : blocks) {
            if (proseTest.test(b)) {
                prose += b.chars();
            }
        }
        TextStats stats = new TextStats(blocks, null, proseTest);
        Context c = new Context(stats, prose, protectedShare);
        for (Element root : roots) {
            List<Element> cut = new ArrayList<>();
            visit(root, c, cut, removed);
            Removals.removeAll(cut);
        }
    }

    private static void visit(Element parent, Context c, List<Element> cut, List<RemovedSpan> removed) {
        for (Element child : parent.children()) {
            RemovalReason reason = protectedElement(child, c) ? null : firstReason(child, c);
            if (reason != null) {
                cut.add(child);
                record(child, reason, removed);
            } else {
                visit(child, c, cut, removed);
            }
        }
    }

    private static boolean protectedElement(Element e, Context c) {
        int prose = c.stats.of(e).proseChars;
        return c.rootProse > 0 && prose >= c.protectedShare * c.rootProse && !commentThread(e, prose, c);
    }

    /**
     * A thread of readers' comments in the body's container: it may hold most of the prose under a short story,
     * but never the headline, nor all the prose. Its share does not protect it.
     */
    private static boolean commentThread(Element e, int prose, Context c) {
        if (prose >= c.rootProse || e.selectFirst("h1") != null) {
            return false;
        }
        for (String w : ClassCues.words(e)) {
            if (w.equals("disqus") || w.startsWith("comment") && !w.startsWith("commentary")) {
                return true;
            }
        }
        return false;
    }

    private static RemovalReason firstReason(Element e, Context c) {
        for (Rule rule : Rule.values()) {
            RemovalReason r = rule.reason(e, c);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static void record(Element e, RemovalReason reason, List<RemovedSpan> removed) {
        String text = BlockSplitter.normalise(e.wholeText());
        if (!text.isEmpty()) {
            removed.add(new RemovedSpan(text.length() > 500 ? text.substring(0, 500) + "…" : text, reason));
        }
    }
}
