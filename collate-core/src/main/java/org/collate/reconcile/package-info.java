/**
 * Reconciliation: for one story, what the sources agree on, where they conflict, who said what, and which copy is
 * the original. {@link org.collate.reconcile.StoryReconciler} runs the steps: {@link org.collate.reconcile.SentenceAligner}
 * (lexical, entity and number overlap first, sentence embeddings only for what is left), {@link org.collate.reconcile.EntityRoster}
 * (entities merged across articles with their name variants and roles), {@link org.collate.reconcile.QuoteGrouper},
 * {@link org.collate.reconcile.FactBuilder} (agreed / conflicting / single-source, with the slot that differs) and
 * {@link org.collate.reconcile.ProvenanceClassifier} (copies, rewrites, same-source reports, the original, and flags).
 * Its quality is measured by the mutation benchmark: {@code MutationGenerator} (collate-eval) pairs real
 * articles with copies carrying known edits, {@link org.collate.eval.reconcile.ReconcileEvaluator} scores the reports
 * ({@code collate eval reconcile}).
 */
package org.collate.reconcile;
