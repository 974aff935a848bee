package org.collate.analyze.entity;

import org.collate.limit.Deadline;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Sentence;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
            Deadline.check();
            candidates.addAll(finder.find(s, text));
        }
        addSentenceInitialNames(sentences, text, candidates);
        return resolver.resolve(candidates, text);
    }

    /**
     * A capitalised word opening a sentence proves nothing by itself, and the tagger often calls a surname there a
     * verb or noun ("Trump said …"): where the article names a person in full elsewhere ("Donald Trump"), that
     * word opening a sentence is a mention too.
     */
    private void addSentenceInitialNames(List<Sentence> sentences, String text, List<CandidateMention> candidates) {
        Set<String> nameWords = new HashSet<>();
        Set<Integer> starts = new HashSet<>();
        for (CandidateMention c : candidates) {
            starts.add(c.span().start());
            if (c.nameWords().size() >= 2 && c.kind() == EntityKind.PERSON) {
                for (String w : EntityResolver.strip(c.nameWords())) {
                    if (w.length() > 1 && MentionFinder.capitalised(w)) {
                        nameWords.add(w);
                    }
                }
            }
        }
        if (nameWords.isEmpty()) {
            return;
        }
        boolean added = false;
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size() && tokens.get(i).pos().equals("PUNCT")) {
                i++;
            }
            if (i >= tokens.size() || !nameWords.contains(tokens.get(i).text())
                    || starts.contains(tokens.get(i).span().start())) {
                continue;
            }
            CandidateMention m = finder.at(s, i, i + 1, text);
            if (m != null) {
                candidates.add(m.withKind(m.kind() == null ? EntityKind.PERSON : m.kind()));
                added = true;
            }
        }
        if (added) {
            candidates.sort((a, b) -> a.span().compareTo(b.span()));
        }
    }
}
