package org.collate.extract.html;

import org.collate.model.RemovalReason;
import org.collate.model.RemovedSpan;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The last cleaning, on the text blocks of the pruned body: labels, prompts and lines that markup alone does not
 * betray. Two kinds of rules:
 * <ul>
 *   <li>{@link Anywhere} rules drop a block wherever it stands ("Advertisement", "Read more: …");</li>
 *   <li>{@link Edge} rules only apply at the body's edges, which are peeled block by block: from the top until the
 *   first paragraph of prose (headline, byline, dateline, a teaser link), and from the bottom up to the last
 *   paragraph of prose (share prompts, newsletter boxes, author notes). When an edge rule fires, the short blocks
 *   passed on the way (between it and the edge of the page) go with it: beyond a sign-up box at the end of a
 *   story, short lines ("Tell us what you think", "Comments") are the page's, not the story's.</li>
 * </ul>
 * A readers' comment thread at the end of the body ({@link CommentThread}) goes whole, from its label on.
 */
final class BlockFilter {

    /** What a rule sees: the block and its lower-cased text. */
    record Candidate(TextBlock block, String lower) {
        int chars() {
            return block.chars();
        }
    }

    /** Rules that drop a block wherever it stands. */
    enum Anywhere {
        /** Separators, bullets, lone punctuation: no letter or digit. */
        NO_WORDS {
            @Override
            RemovalReason reason(Candidate c) {
                for (int i = 0; i < c.lower.length(); i++) {
                    if (Character.isLetterOrDigit(c.lower.charAt(i))) {
                        return null;
                    }
                }
                return RemovalReason.BOILERPLATE;
            }
        },
        /**
         * Ad labels and reading-flow labels left where an ad slot was: "Advertisement", "Continue reading below",
         * "Story continues below".
         */
        AD_LABEL {
            @Override
            RemovalReason reason(Candidate c) {
                return c.chars() <= 40 && Phrases.AD_LABELS.matcher(c.lower).matches() ? RemovalReason.PROMO : null;
            }
        },
        /** Notices for readers without scripts: "This slideshow requires JavaScript." */
        SCRIPT_NOTICE {
            @Override
            RemovalReason reason(Candidate c) {
                return c.chars() <= 150 && Phrases.SCRIPT_NOTICES.matcher(c.lower).find()
                        ? RemovalReason.BOILERPLATE : null;
            }
        },
        /** Slide-show counters: "1 / 22", "Image 1 of 23". */
        GALLERY_COUNTER {
            @Override
            RemovalReason reason(Candidate c) {
                return c.chars() <= 30 && Phrases.COUNTER.matcher(c.lower).matches() ? RemovalReason.CAPTION : null;
            }
        },
        /** Unrendered CMS shortcodes: "[button link=…]Send us your review[/button]". */
        SHORTCODE {
            @Override
            RemovalReason reason(Candidate c) {
                return Phrases.SHORTCODE_BLOCK.matcher(c.lower).matches() ? RemovalReason.BOILERPLATE : null;
            }
        },
        /** "Read more: …", "Related: …", "See also …": a pointer to another article. */
        RELATED_LEAD_IN {
            @Override
            RemovalReason reason(Candidate c) {
                if (c.chars() > 250) {
                    return null;
                }
                Matcher m = Phrases.RELATED.matcher(c.lower);
                if (!m.lookingAt()) {
                    return null;
                }
                // "Related: …", "READ MORE | …", a linked headline after it, or the lead-in alone; not "Related to
                // this, the council said …".
                int i = m.end();
                while (i < c.lower.length() && c.lower.charAt(i) == ' ') {
                    i++;
                }
                boolean marked = i == c.lower.length() || ":|-–—>»".indexOf(c.lower.charAt(i)) >= 0;
                return marked || c.block.linkDensity() >= 0.3 ? RemovalReason.RELATED_LINK : null;
            }
        },
        /** "Tags: …", "Filed under: …", "Topics: …": the story's tag list as a line. */
        TAG_LINE {
            @Override
            RemovalReason reason(Candidate c) {
                return c.chars() <= 200 && c.block.linkDensity() >= 0.3 && Phrases.TAGS.matcher(c.lower).lookingAt()
                        ? RemovalReason.NAVIGATION : null;
            }
        },
        /**
         * A headline of another story in capitals, as a link: "CLICK HERE TO GET THE APP", "SENATOR SAYS …". Prose
         * is not written in capitals, nor wholly as a link.
         */
        CAPITALISED_LINK {
            @Override
            RemovalReason reason(Candidate c) {
                return c.block.linkDensity() >= 0.9 && words(c.lower) >= 3 && upperShare(c.block.text()) >= 0.8
                        ? RemovalReason.RELATED_LINK : null;
            }
        },
        /** Short prompts inside the text: "Subscribe to our newsletter", "Share this story" (not headings). */
        PROMPT {
            @Override
            RemovalReason reason(Candidate c) {
                return c.chars() <= 100 && !c.block.heading() ? prompt(c, true) : null;
            }
        };

        abstract RemovalReason reason(Candidate c);
    }

    /** Rules that apply at the body's top and bottom edges only. */
    enum Edge {
        /** The headline repeated at the top of the body. */
        TITLE {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                return x.titles.contains(key(c.lower)) ? RemovalReason.DUPLICATE_TITLE : null;
            }
        },
        /** Longer prompts before or after the text: "Get the magazine delivered every month. Click here …". */
        PROMPT {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                return c.chars() <= 250 ? prompt(c, false) : null;
            }
        },
        /**
         * Notes to the reader before or after the text: an author's social accounts ("Follow him on Twitter
         * @name"), a contact address ("may be reached at name@outlet.com"), a letters-to-the-editor note.
         */
        AUTHOR_NOTE {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                if (c.chars() > 300) {
                    return null;
                }
                if (Phrases.FOLLOW.matcher(c.lower).find()) {
                    return RemovalReason.SHARE_PROMPT;
                }
                return Phrases.EMAIL.matcher(c.lower).find() ? RemovalReason.BOILERPLATE : null;
            }
        },
        /**
         * "By Jane Doe", "Updated 10:48, Tue Nov 19", "Reporting by …; Editing by …": bylines, datelines and wire
         * credits above or below the text.
         */
        BYLINE_OR_DATELINE {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                if (c.chars() <= 300 && Phrases.CREDITS.matcher(c.lower).lookingAt()) {
                    return RemovalReason.BYLINE;
                }
                if (c.chars() > 120) {
                    return null;
                }
                if (Phrases.BYLINE.matcher(c.lower).lookingAt()) {
                    return RemovalReason.BYLINE;
                }
                if (Phrases.DATELINE.matcher(c.lower).lookingAt()) {
                    return RemovalReason.DATE_LINE;
                }
                // In any language: a short line with a year and a time of day ("12 Mart 2021 Cuma 18:28").
                return c.chars() <= 50 && Phrases.YEAR.matcher(c.lower).find() && Phrases.TIME.matcher(c.lower).find()
                        ? RemovalReason.DATE_LINE : null;
            }
        },
        /**
         * A link standing alone before or after the text: a teaser of another article, a section name. A link
         * that shows its own address ("http://…") is a reference the text gives, not a teaser.
         */
        LONE_LINK {
            @Override
            RemovalReason reason(Candidate c, Context x) {
                return c.block.linkDensity() >= 0.8 && !Phrases.BARE_URL.matcher(c.lower).matches()
                        ? RemovalReason.RELATED_LINK : null;
            }
        };

        abstract RemovalReason reason(Candidate c, Context x);
    }


    /** Peeling stops after this many short blocks without an edge rule firing. */
    private static final int MAX_PASSED_BLOCKS = 4;
    private static final int MAX_PASSED_CHARS = 300;

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
    static List<TextBlock> filter(List<TextBlock> blocks, List<String> titles, List<RemovedSpan> removed,
                                  ProseTest prose) {
        int n = blocks.size();
        RemovalReason[] reasons = new RemovalReason[n];
        boolean[] signals = new boolean[n];
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = blocks.get(i).text().toLowerCase(Locale.ROOT);
            Candidate c = new Candidate(blocks.get(i), lower[i]);
            for (Anywhere rule : Anywhere.values()) {
                reasons[i] = rule.reason(c);
                if (reasons[i] != null) {
                    signals[i] = rule == Anywhere.PROMPT;
                    break;
                }
            }
        }
        relatedSections(blocks, lower, reasons, signals);
        // Readers' comments at the end of the body, with no class name to be pruned by: from their label on.
        int thread = CommentThread.start(blocks, lower, prose);
        if (thread >= 0) {
            for (int i = thread; i < n; i++) {
                if (reasons[i] == null) {
                    reasons[i] = RemovalReason.BOILERPLATE;
                }
            }
        }
        // Lines of a <p> that holds prose (lines cut by <br>) are inside the text, wherever they stand.
        Set<Element> proseParagraphs = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            if (reasons[i] == null && prose.test(b) && b.tag().equals("p")) {
                proseParagraphs.add(b.owner());
            }
        }
        Context x = new Context(titles);
        peel(blocks, lower, reasons, signals, proseParagraphs, x, prose, 0, n, 1);
        peel(blocks, lower, reasons, signals, proseParagraphs, x, prose, n - 1, -1, -1);

        List<TextBlock> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            if (reasons[i] == null) {
                kept.add(b);
            } else if (reasons[i] != RemovalReason.BOILERPLATE || b.chars() >= 3) {
                removed.add(new RemovedSpan(b.text(), reasons[i]));
            }
        }
        return kept;
    }

    /**
     * A box of links to other stories inside the text: its label ("More:", "More Great Stories") and the blocks
     * after it that are largely links (a third of their text or more), up to the next block that is not.
     */
    private static void relatedSections(List<TextBlock> blocks, String[] lower, RemovalReason[] reasons,
                                        boolean[] signals) {
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.chars() > 60 || b.linkDensity() >= 0.5 || !Phrases.SECTION_LABEL.matcher(lower[i]).matches()) {
                continue;
            }
            int j = i + 1;
            while (j < blocks.size() && (reasons[j] != null || blocks.get(j).linkDensity() >= 0.3)) {
                j++;
            }
            if (j == i + 1) {
                continue; // a label with no links after it is a heading of the text
            }
            for (int k = i; k < j; k++) {
                if (reasons[k] == null) {
                    reasons[k] = RemovalReason.RELATED_LINK;
                    signals[k] = true;
                }
            }
            i = j - 1;
        }
    }

    /** Walks from one edge towards the text, applying the edge rules, until the first block of prose that stays. */
    private static void peel(List<TextBlock> blocks, String[] lower, RemovalReason[] reasons, boolean[] signals,
                             Set<Element> proseParagraphs, Context x, ProseTest prose, int from, int to,
                             int step) {
        List<Integer> passed = new ArrayList<>();
        int passedChars = 0;
        for (int i = from; i != to; i += step) {
            if (reasons[i] != null) {
                if (signals[i]) {
                    // a prompt dropped already: what lies beyond it goes too
                    for (int j : passed) {
                        reasons[j] = RemovalReason.BOILERPLATE;
                    }
                    passed.clear();
                    passedChars = 0;
                }
                continue;
            }
            TextBlock b = blocks.get(i);
            if (proseParagraphs.contains(b.owner()) && !prose.test(b)) {
                return;
            }
            Candidate c = new Candidate(b, lower[i]);
            RemovalReason reason = null;
            for (Edge rule : Edge.values()) {
                reason = rule.reason(c, x);
                if (reason != null) {
                    break;
                }
            }
            if (reason != null) {
                reasons[i] = reason;
                for (int j : passed) {
                    reasons[j] = RemovalReason.BOILERPLATE;
                }
                passed.clear();
                passedChars = 0;
            } else if (step < 0 && LegalNotice.is(b)) {
                // A site footer's notice reads as prose; it goes only if footer links lie between it and the text
                // (a wire story's own copyright line right after its last paragraph stays).
                passed.add(i);
            } else if (prose.test(b)) {
                return;
            } else {
                passed.add(i);
                passedChars += b.chars();
                if (passed.size() > MAX_PASSED_BLOCKS || passedChars > MAX_PASSED_CHARS) {
                    return; // a table, a list: text that is not prose, but is not the page's either
                }
            }
        }
    }

    /**
     * A share prompt or the outlet's promotion. Inside the text a promotional phrase ("newsletter") counts only in
     * a block with a link: "The newsletter first appeared in 1990." is a sentence.
     */
    private static RemovalReason prompt(Candidate c, boolean inside) {
        if (Phrases.SHARE.matcher(c.lower).lookingAt()) {
            return RemovalReason.SHARE_PROMPT;
        }
        if (Phrases.PROMO_START.matcher(c.lower).lookingAt()) {
            return RemovalReason.PROMO;
        }
        return (!inside || c.block.linkChars() > 0) && Phrases.PROMO_PHRASE.matcher(c.lower).find()
                ? RemovalReason.PROMO : null;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static double upperShare(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters == 0 ? 0 : upper / (double) letters;
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
