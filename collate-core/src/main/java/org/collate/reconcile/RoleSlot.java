package org.collate.reconcile;

import org.collate.model.Mention;

import java.util.List;

import static org.collate.reconcile.SlotContext.value;

/**
 * A person's title: one entity of the roster given two titles that cannot both be true at once (a conflict), or the
 * same office worded otherwise (a variant); see {@link TitleJudge}.
 */
final class RoleSlot implements SlotCheck {

    private final SlotContext context;

    RoleSlot(SlotContext context) {
        this.context = context;
    }

    @Override
    public void compare(StorySentence a, StorySentence b, List<Conflict> out) {
        for (Mention x : a.mentions()) {
            if (x.role() == null) {
                continue;
            }
            String ex = context.entities().of(a.articleId(), x.entityId());
            for (Mention y : b.mentions()) {
                if (y.role() == null || ex == null || !ex.equals(context.entities().of(b.articleId(), y.entityId()))) {
                    continue;
                }
                TitleJudge.Verdict v = context.titles().compare(x.role(), lead(a, x), y.role(), lead(b, y));
                if (v == TitleJudge.Verdict.CONFLICT || v == TitleJudge.Verdict.VARIANT) {
                    out.add(new Conflict("role", context.name(ex) + "'s title", value(a, x.roleSpan(), x.role()),
                            value(b, y.roleSpan(), y.role()), v == TitleJudge.Verdict.VARIANT));
                    return;
                }
            }
        }
    }

    /** The characters just before a mention's role, where "then-" or "former" stands. */
    static String lead(StorySentence s, Mention m) {
        return lead(s, m.roleSpan() != null ? m.roleSpan() : m.span());
    }

    /** The characters just before a span. */
    static String lead(StorySentence s, org.collate.model.Span span) {
        int start = span.start();
        String text = s.source().text();
        return text.substring(Math.max(0, start - 20), start);
    }
}
