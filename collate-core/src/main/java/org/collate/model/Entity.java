package org.collate.model;

import java.util.List;

/**
 * A person, organisation or place named in an article, with every way the article names it.
 *
 * @param id       article-local identifier ({@code e1}, {@code e2}, …)
 * @param kind     what it is
 * @param name     the fullest name the article gives
 * @param variants every distinct form used ("Narendra Modi", "Modi", "Mr Modi")
 * @param roles    every title or role attached to it ("Indian Prime Minister", "Indian President")
 * @param mentions where it is named, in text order
 */
public record Entity(String id, EntityKind kind, String name, List<String> variants, List<String> roles,
                     List<Mention> mentions) {
    public Entity {
        variants = List.copyOf(variants);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
