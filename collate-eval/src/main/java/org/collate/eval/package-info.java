/** Metrics shared by the stage evaluators: shingle overlap, precision/recall/F1 summaries. */
package org.collate.eval;
