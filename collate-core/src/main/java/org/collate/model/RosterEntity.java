package org.collate.model;

import java.util.List;

/**
 * One person, organisation or place across a story, with every name and role the articles give it.
 *
 * @param id       identifier within the report ({@code r1}, …)
 * @param kind     what it is
 * @param name     the name most articles use, in its fullest form
 * @param variants every form of the name, with the articles that use it; suspect ones say why
 * @param roles    every title or role, with the articles that give it
 * @param notes    call-outs for a fact-checker ("called 'Prime Minister' and later 'President' in article …")
 * @param mentions where it is named: article id and characters, for highlighting
 */
public record RosterEntity(String id, EntityKind kind, String name, List<Variant> variants, List<RoleUse> roles,
                           List<String> notes, List<Evidence> mentions) {

    /** A form of the name and the articles that write it so. */
    public record Variant(String name, List<String> articleIds, String note) {
        public Variant {
            articleIds = List.copyOf(articleIds);
        }
    }

    /** A title or role and the articles that give it. */
    public record RoleUse(String role, List<String> articleIds) {
        public RoleUse {
            articleIds = List.copyOf(articleIds);
        }
    }

    public RosterEntity {
        variants = List.copyOf(variants);
        roles = List.copyOf(roles);
        notes = List.copyOf(notes);
        mentions = List.copyOf(mentions);
    }
}
