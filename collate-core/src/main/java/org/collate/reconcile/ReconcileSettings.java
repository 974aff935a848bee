package org.collate.reconcile;

/**
 * @param staleDays      an article published this many days or more after the story's event is a stale
 *                       re-publication
 * @param collapseCopies count copies, rewrites and same-source reports of one original as one source when deciding
 *                       whether a fact is agreed (true in use; the mutation benchmark compares an article with its
 *                       own edited copy and turns it off)
 * @param embeddings     whether sentence embeddings may be used for the pairs lexical evidence leaves open
 */
public record ReconcileSettings(int staleDays, boolean collapseCopies, boolean embeddings) {
    public static final ReconcileSettings DEFAULT = new ReconcileSettings(30, true, true);

    public ReconcileSettings withCollapseCopies(boolean collapse) {
        return new ReconcileSettings(staleDays, collapse, embeddings);
    }

    public ReconcileSettings withEmbeddings(boolean on) {
        return new ReconcileSettings(staleDays, collapseCopies, on);
    }
}
