package org.collate.analyze.quote;

import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Mention;
import org.collate.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every entity mention of an article sorted by offset, for lookups by span in logarithmic time. */
final class MentionIndex {

    private final Mention[] mentions;
    private final int[] starts;
    private final Map<String, Entity> entities = new HashMap<>();

    MentionIndex(List<Entity> found) {
        List<Mention> all = new ArrayList<>();
        for (Entity e : found) {
            entities.put(e.id(), e);
            all.addAll(e.mentions());
        }
        all.sort(Comparator.comparing(Mention::span));
        mentions = all.toArray(new Mention[0]);
        starts = new int[mentions.length];
        for (int i = 0; i < mentions.length; i++) {
            starts[i] = mentions[i].span().start();
        }
    }

    Entity entity(String id) {
        return id == null ? null : entities.get(id);
    }

    /** The mentions overlapping {@code span}, in text order. */
    List<Mention> within(Span span) {
        List<Mention> out = new ArrayList<>(2);
        int i = lowerBound(span.start());
        // A mention starting a little earlier may still overlap: names are short.
        while (i > 0 && mentions[i - 1].span().end() > span.start()) {
            i--;
        }
        for (; i < mentions.length && mentions[i].span().start() < span.end(); i++) {
            if (mentions[i].span().overlaps(span)) {
                out.add(mentions[i]);
            }
        }
        return out;
    }

    /** The persons mentioned in {@code [from, to)}, latest first. */
    List<Mention> personsBefore(int from, int to) {
        return personsBefore(from, to, false);
    }

    /** The persons (and, with {@code orOther}, names of unknown kind) mentioned in {@code [from, to)}, latest first. */
    List<Mention> personsBefore(int from, int to, boolean orOther) {
        List<Mention> out = new ArrayList<>();
        for (int i = lowerBound(to) - 1; i >= 0 && mentions[i].span().start() >= from; i--) {
            EntityKind k = mentions[i].kind();
            if ((k == EntityKind.PERSON || orOther && k == EntityKind.OTHER) && mentions[i].span().end() <= to) {
                out.add(mentions[i]);
            }
        }
        return out;
    }

    private int lowerBound(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
