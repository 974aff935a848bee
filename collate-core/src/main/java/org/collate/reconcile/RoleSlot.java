package org.collate.reconcile;

import org.collate.model.Mention;

import java.util.List;

import static org.collate.reconcile.SlotContext.value;

/** A person's title: one entity of the roster given two different head titles. */
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
                String tx = context.roster().headTitle(x.role());
                String ty = context.roster().headTitle(y.role());
                if (tx != null && ty != null && !tx.equals(ty)) {
                    out.add(new Conflict("role", context.name(ex) + "'s title", value(a, x.roleSpan(), x.role()),
                            value(b, y.roleSpan(), y.role())));
                    return;
                }
            }
        }
    }
}
