package org.collate.eval.quote;

import org.collate.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One annotator's attribution relations of one PolNeAR document, read from its brat standoff {@code .ann} file:
 * {@code T<n>\t<Source|Cue|Content|Attribution|Discard|Discuss> <start> <end>[;<start> <end>…]\t<text>} lines name
 * spans, and {@code E<n>\tAttribution:T.. Content:T.. Cue:T.. Source:T..} lines tie a relation together. Offsets are
 * characters of the document's text; a fragment past its end is cut there.
 *
 * @param relations the relations that have a content
 * @param neutral   the spans the annotators marked out of scope ({@code Discard}) or undecided ({@code Discuss})
 */
record BratAttributions(List<Relation> relations, List<Span> neutral) {

    private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([\\d ;]+)\\t", Pattern.MULTILINE);
    private static final Pattern E_LINE = Pattern.compile("^E\\d+\\t(.*)$", Pattern.MULTILINE);

    /**
     * One attribution relation.
     *
     * @param content what was said (possibly discontinuous)
     * @param sources who said it; empty for {@code Attribution-no-source}
     * @param direct  whether the content holds a quotation mark ({@link #hasQuotationMark})
     */
    record Relation(List<Span> content, List<Span> sources, boolean direct) {
    }

    /** Reads one {@code .ann} file: the relations and the neutral (Discard, Discuss) spans. */
    static BratAttributions parse(String ann, String text) {
        Map<String, List<Span>> spans = new TreeMap<>();
        List<Span> neutral = new ArrayList<>();
        Matcher t = T_LINE.matcher(ann);
        while (t.find()) {
            List<Span> fragments = new ArrayList<>();
            for (String part : t.group(3).split(";")) {
                String[] se = part.trim().split(" ");
                int start = Integer.parseInt(se[0]);
                int end = Math.min(Integer.parseInt(se[1]), text.length());
                if (start < end) {
                    fragments.add(new Span(start, end));
                }
            }
            spans.put(t.group(1), fragments);
            if (t.group(2).equals("Discard") || t.group(2).equals("Discuss")) {
                neutral.addAll(fragments);
            }
        }
        List<Relation> relations = new ArrayList<>();
        Matcher e = E_LINE.matcher(ann);
        while (e.find()) {
            List<Span> content = new ArrayList<>();
            List<Span> sources = new ArrayList<>();
            for (String arg : e.group(1).trim().split("\\s+")) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                List<Span> target = spans.getOrDefault(arg.substring(colon + 1), List.of());
                switch (arg.substring(0, colon)) {
                    case "Content" -> content.addAll(target);
                    case "Source" -> sources.addAll(target);
                    default -> {
                    }
                }
            }
            if (!content.isEmpty()) {
                relations.add(new Relation(content, sources, hasQuotationMark(text, content)));
            }
        }
        return new BratAttributions(relations, neutral);
    }

    /** Whether the fragments hold a quotation mark (see the class comment). */
    static boolean hasQuotationMark(String text, List<Span> fragments) {
        for (Span s : fragments) {
            for (int i = s.start(); i < s.end(); i++) {
                char c = text.charAt(i);
                if ("“”\"«»„".indexOf(c) >= 0
                        || c == '‘' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                        || c == '\'' && i + 1 < s.end() && text.charAt(i + 1) == '\'') {
                    return true;
                }
            }
        }
        return false;
    }
}
