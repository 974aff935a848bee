package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Kind#REWORDED}: a contraction made or undone ("do not" ↔ "don't"), outside quotes. */
final class ContractionRewording implements EditMaker {

    private static final List<String[]> CONTRACTIONS = List.of(new String[]{"do not", "don't"},
            new String[]{"does not", "doesn't"}, new String[]{"did not", "didn't"}, new String[]{"is not", "isn't"},
            new String[]{"are not", "aren't"}, new String[]{"was not", "wasn't"}, new String[]{"were not", "weren't"},
            new String[]{"cannot", "can't"}, new String[]{"will not", "won't"}, new String[]{"would not", "wouldn't"},
            new String[]{"could not", "couldn't"}, new String[]{"should not", "shouldn't"},
            new String[]{"has not", "hasn't"}, new String[]{"have not", "haven't"}, new String[]{"had not", "hadn't"},
            new String[]{"it is", "it's"}, new String[]{"that is", "that's"}, new String[]{"they are", "they're"},
            new String[]{"we are", "we're"}, new String[]{"you are", "you're"});

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Candidate> out = new ArrayList<>();
        String text = c.text;
        for (String[] pair : CONTRACTIONS) {
            // "it's" and "that's" may stand for "it has": they are only ever made, never undone.
            for (int dir = 0; dir < (pair[1].endsWith("'s") ? 1 : 2); dir++) {
                String from = pair[dir];
                String to = pair[1 - dir];
                Matcher m = Pattern.compile("\\b" + Pattern.quote(from).replace("'", "\\E['’]\\Q") + "\\b",
                        Pattern.CASE_INSENSITIVE).matcher(text);
                while (m.find()) {
                    Span span = new Span(m.start(), m.end());
                    if (c.inQuote(span) || c.sentenceAt(m.start()) != c.sentenceAt(m.end() - 1)) {
                        continue;
                    }
                    String found = m.group();
                    String apostrophe = found.contains("’") ? "’" : "'";
                    String replacement = to.replace("'", apostrophe);
                    if (Character.isUpperCase(found.charAt(0))) {
                        replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
                    }
                    ArticleContext.add(out, c.single(Kind.REWORDED, found + " → " + replacement, m.start(), m.end(),
                            replacement));
                }
            }
        }
        return out;
    }
}
