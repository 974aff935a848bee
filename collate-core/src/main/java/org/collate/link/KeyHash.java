package org.collate.link;

/**
 * 64-bit hashes of the string keys a story keeps for as long as it lives (entity keys, quote word pairs), so that a
 * story summarised months ago costs a few bytes per key instead of a string and a map entry (a tenth of the heap):
 * a story's keys are only ever tested for membership and counted, never listed. At 64 bits two keys of one story
 * collide with a probability of about 10⁻¹⁵.
 *
 * <p>An entity key's kind ({@code person:}, {@code place:}, …) goes into the top bits, so a story can still ask
 * whether it dwells on entities of one kind without the strings.
 */
final class KeyHash {

    /** The kinds of entity key ({@link LinkFeatureExtractor#entityKey}); any other prefix is kind 0. */
    private static final String[] KINDS = {"", "person:", "place:", "country:", "org:", "other:"};
    private static final int KIND_SHIFT = 60;
    private static final long HASH_BITS = (1L << KIND_SHIFT) - 1;

    private KeyHash() {
    }

    /** A 64-bit hash of the string (two multiplicative passes finished with a 64-bit mixer). */
    static long of(String s) {
        long h = 0x9e3779b97f4a7c15L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= s.length();
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** The hash of an entity key, its kind in the top bits. */
    static long entity(String key) {
        return ((long) kind(key) << KIND_SHIFT) | (of(key) & HASH_BITS);
    }

    /** The kind of an entity key given as its prefix ("place:"), as {@link #kindOf} reads it from a hash. */
    static int kind(String keyOrPrefix) {
        for (int k = KINDS.length - 1; k > 0; k--) {
            if (keyOrPrefix.startsWith(KINDS[k])) {
                return k;
            }
        }
        return 0;
    }

    static int kindOf(long entityHash) {
        return (int) (entityHash >>> KIND_SHIFT);
    }
}
