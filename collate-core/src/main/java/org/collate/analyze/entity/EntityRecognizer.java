package org.collate.analyze.entity;

import org.collate.model.Entity;
import org.collate.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people, organisations and places an article names and groups the mentions of each
 * ({@link MentionFinder}, then {@link EntityResolver}). No statistical NER model ships for OpenNLP on Maven
 * Central, so this one is built from part-of-speech tags, capitalisation and the {@link Gazetteer}. Thread-safe.
 */
public final class EntityRecognizer {

    private final MentionFinder finder;
    private final EntityResolver resolver = new EntityResolver();

    public EntityRecognizer(Gazetteer gazetteer) {
        this.finder = new MentionFinder(gazetteer);
    }

    public List<Entity> recognise(List<Sentence> sentences, String text) {
        List<CandidateMention> candidates = new ArrayList<>();
        for (Sentence s : sentences) {
            candidates.addAll(finder.find(s, text));
        }
        return resolver.resolve(candidates, text);
    }
}
