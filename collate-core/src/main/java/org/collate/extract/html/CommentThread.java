package org.collate.extract.html;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds readers' comments left at the end of a body, on pages that give them no class name ({@code comments},
 * {@code commentlist}) to be cut by: a table cell or a run of {@code <font>} lines holding the story, then "Comments
 * (12)" and the thread, each comment under a signature ("Posted by joe123 at 3:14pm on 5/14/2008", "fly_guy said on
 * February 2, 2008 at 9:15 AM:"). Comments are prose, so the edge peeling of {@link BlockFilter} stops at them.
 *
 * <p>A thread starts at a comments label followed, within a few blocks, by a signature, a time stamp or a comment
 * prompt; at a comment prompt ("Leave a reply", "Post a comment") with no prose after it; or, with no label, at the
 * first of two or more signatures with prose between them. Never before the body's first paragraph of prose: a signature-like
 * line above the text is the article's own byline.
 */
final class CommentThread {

    /** How many blocks after a label may pass before its first signature or prompt. */
    private static final int LABEL_REACH = 6;
    /** Labels, signatures and prompts are short lines. */
    private static final int MAX_LINE_CHARS = 120;
    /** A time stamp alone on a line is short. */
    private static final int TIMESTAMP_MAX_CHARS = 50;

    /** "Comments (12)", "12 comments", "Reader comments", "4 Responses to “Parking meters go digital”". */
    static final Pattern LABEL = Pattern.compile(
            "(\\d+\\s+)?((readers?'?|user|your|visitor)\\s+)?(comments?|responses?|replies|reactions|feedback"
                    + "|discussion|talkback)(\\s*\\(\\d+\\))?(\\s+(so far|to\\s+.{1,100}))?[\\s:.!…]*");
    /** "Leave a reply", "Post a comment", "Add your comment", "Comments are closed", "You must be logged in …". */
    static final Pattern PROMPT = Pattern.compile(
            "((leave|post|add|write|submit|make|read|view|see)\\s+(a|your|new|all|the)?\\s*(comments?|reply|replies"
                    + "|response)|have your say|comments?\\s+(are|is)\\s+closed|(you must be |please )?(logged in|log in"
                    + "|login|sign in|register)\\b.{0,40}\\b(comment|reply)).{0,80}");
    /** "Posted by joe123 at 3:14pm on 5/14/2008", "Posted by: Dana | May 14, 2008 03:14 PM". */
    static final Pattern POSTED_BY = Pattern.compile("(posted|written|submitted|comment(ed)?)\\s+by\\b.{1,100}");
    /** "fly_guy said on February 2, 2008 at 9:15 AM:", "Dave K. Says:", "mike_r wrote:". */
    static final Pattern SAID = Pattern.compile(
            "[\\p{L}\\p{N}_.'’\\-]+(\\s+[\\p{L}\\p{N}_.'’\\-]+){0,3}\\s+(said|says|wrote|writes)"
                    + "(\\s+(on|at)\\s+.{1,60})?\\s*:?");

    private CommentThread() {
    }

    /** The index of the block where a comment thread starts, or -1 when the body has none. */
    static int start(List<TextBlock> blocks, String[] lower, ProseTest prose) {
        int first = firstProse(blocks, prose);
        if (first < 0) {
            return -1;
        }
        int lastProse = lastProse(blocks, prose);
        boolean signatureSeen = false;
        for (int i = first + 1; i < blocks.size(); i++) {
            if (blocks.get(i).chars() > MAX_LINE_CHARS) {
                continue;
            }
            String s = lower[i].strip();
            if (LABEL.matcher(s).matches() && confirmed(blocks, lower, i)) {
                return i;
            }
            if (PROMPT.matcher(s).matches() && (i > lastProse || confirmed(blocks, lower, i))) {
                return i;
            }
            // Only the first signature can open an unlabelled thread: if no prose and signature follow it, none
            // follow a later one either (which keeps the scan linear).
            if (!signatureSeen && signature(s)) {
                signatureSeen = true;
                if (commentAndSignatureAfter(blocks, lower, i, prose)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A signature or a prompt follows the label closely. */
    private static boolean confirmed(List<TextBlock> blocks, String[] lower, int label) {
        for (int j = label + 1; j < Math.min(blocks.size(), label + 1 + LABEL_REACH); j++) {
            String s = lower[j].strip();
            if (blocks.get(j).chars() <= MAX_LINE_CHARS && (signature(s)
                    || timestamp(blocks.get(j), s) || PROMPT.matcher(s).matches())) {
                return true;
            }
        }
        return false;
    }

    /** After the signature at {@code from}: a comment (prose), then another signature. */
    private static boolean commentAndSignatureAfter(List<TextBlock> blocks, String[] lower, int from,
                                                    ProseTest proseTest) {
        boolean prose = false;
        for (int j = from + 1; j < blocks.size(); j++) {
            TextBlock b = blocks.get(j);
            if (prose && b.chars() <= MAX_LINE_CHARS && signature(lower[j].strip())) {
                return true;
            }
            prose |= proseTest.test(b);
        }
        return false;
    }

    /**
     * A commenter's name and when: "Posted by joe123 at 3:14pm", "fly_guy said on February 2, 2008". Without the
     * when, "Makali wrote:" is as likely an author answering letters in the text.
     */
    private static boolean signature(String s) {
        return (POSTED_BY.matcher(s).matches() || SAID.matcher(s).matches()) && when(s);
    }

    /** A comment's time stamp on its own line: "July 22nd, 2008 at 9:12 am". */
    private static boolean timestamp(TextBlock b, String s) {
        return b.chars() <= TIMESTAMP_MAX_CHARS && Phrases.YEAR.matcher(s).find() && Phrases.TIME.matcher(s).find();
    }

    private static boolean when(String s) {
        return Phrases.TIME.matcher(s).find() || Phrases.YEAR.matcher(s).find();
    }

    private static int lastProse(List<TextBlock> blocks, ProseTest prose) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (prose.test(blocks.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int firstProse(List<TextBlock> blocks, ProseTest prose) {
        for (int i = 0; i < blocks.size(); i++) {
            if (prose.test(blocks.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
