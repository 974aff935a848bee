package org.collate.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story as the clusterer sees it while it is active: the running sums of its members' features. Sums, not
 * weights, are kept, so term weights always use the collection statistics of the moment.
 */
final class StoryState {

    final String id;
    final List<String> members = new ArrayList<>();
    /** The features of the members, while the story is active (for closest-member similarities). */
    final List<LinkFeatures> memberFeatures = new ArrayList<>();
    /** Sum over members of 1 + ln(tf) per term. */
    final Map<String, Double> termSum = new HashMap<>();
    /** Number of members naming each entity key. */
    final Map<String, Integer> entityCount = new HashMap<>();
    /** Number of members stating each year. */
    final Map<Integer, Integer> yearCount = new HashMap<>();
    float[] embeddingSum;
    int embedded;
    LocalDate first;
    LocalDate last;
    String title;
    int lastArrival;
    /** The norm of the story's weighted term vector, recomputed when members change or statistics drift. */
    double cachedNorm = -1;
    int normComputedAt = -1;

    StoryState(String id) {
        this.id = id;
    }

    void add(LinkFeatures f, int arrival) {
        members.add(f.id());
        memberFeatures.add(f);
        f.terms().forEach((t, n) -> termSum.merge(t, 1 + Math.log(n), Double::sum));
        f.entities().keySet().forEach(e -> entityCount.merge(e, 1, Integer::sum));
        f.years().forEach(y -> yearCount.merge(y, 1, Integer::sum));
        if (f.embedding() != null) {
            if (embeddingSum == null) {
                embeddingSum = new float[f.embedding().length];
            }
            for (int i = 0; i < embeddingSum.length; i++) {
                embeddingSum[i] += f.embedding()[i];
            }
            embedded++;
        }
        if (f.day() != null) {
            if (first == null || f.day().isBefore(first)) {
                first = f.day();
            }
            if (last == null || f.day().isAfter(last)) {
                last = f.day();
            }
            if (title == null || members.size() == 1) {
                title = f.title();
            }
        } else if (title == null) {
            title = f.title();
        }
        lastArrival = arrival;
        cachedNorm = -1;
    }

    void absorb(StoryState other) {
        members.addAll(other.members);
        memberFeatures.addAll(other.memberFeatures);
        other.termSum.forEach((t, v) -> termSum.merge(t, v, Double::sum));
        other.entityCount.forEach((e, n) -> entityCount.merge(e, n, Integer::sum));
        other.yearCount.forEach((y, n) -> yearCount.merge(y, n, Integer::sum));
        if (other.embeddingSum != null) {
            if (embeddingSum == null) {
                embeddingSum = new float[other.embeddingSum.length];
            }
            for (int i = 0; i < embeddingSum.length; i++) {
                embeddingSum[i] += other.embeddingSum[i];
            }
            embedded += other.embedded;
        }
        if (other.first != null && (first == null || other.first.isBefore(first))) {
            first = other.first;
        }
        if (other.last != null && (last == null || other.last.isAfter(last))) {
            last = other.last;
        }
        if (title == null) {
            title = other.title;
        }
        lastArrival = Math.max(lastArrival, other.lastArrival);
        cachedNorm = -1;
    }

    /** Days from {@code day} to the story's span of days, 0 inside it; -1 when either side is undated. */
    long daysAway(LocalDate day) {
        if (day == null || first == null) {
            return -1;
        }
        if (day.isBefore(first)) {
            return first.toEpochDay() - day.toEpochDay();
        }
        if (day.isAfter(last)) {
            return day.toEpochDay() - last.toEpochDay();
        }
        return 0;
    }
}
