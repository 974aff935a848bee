package org.collate.pipeline;

import org.collate.analyze.AnalysisLimits;
import org.collate.analyze.AnalyzeSettings;
import org.collate.extract.ExtractSettings;
import org.collate.link.ClusterSettings;
import org.collate.reconcile.ReconcileSettings;
import org.collate.source.InputLimits;

/**
 * Everything the whole pipeline is configured by, in one record.
 *
 * @param threads    worker threads for extraction and analysis
 * @param embeddings whether to compute lead and sentence embeddings (ONNX model)
 * @param limits     input bounds
 * @param analysis   bounds on sentences, quotes and numbers in the analysis stage
 * @param run        time budgets per document and stage, and the largest story reconciled whole
 * @param extraction the extraction stage's settings
 * @param analyze    the analysis stage's tuned settings (its bounds are {@code analysis})
 * @param clustering the linking stage's settings
 * @param reconcile  the reconcile stage's settings
 */
public record PipelineSettings(int threads, boolean embeddings, InputLimits limits, AnalysisLimits analysis,
                               RunLimits run, ExtractSettings extraction, AnalyzeSettings analyze,
                               ClusterSettings clustering, ReconcileSettings reconcile) {

    public static PipelineSettings defaults() {
        return new PipelineSettings(OrderedParallelMapper.defaultThreads(), true, InputLimits.DEFAULT,
                AnalysisLimits.DEFAULT, RunLimits.DEFAULT, ExtractSettings.DEFAULT, AnalyzeSettings.DEFAULT,
                ClusterSettings.DEFAULT, ReconcileSettings.DEFAULT);
    }

    public PipelineSettings withThreads(int n) {
        return new PipelineSettings(n, embeddings, limits, analysis, run, extraction, analyze, clustering, reconcile);
    }

    public PipelineSettings withEmbeddings(boolean on) {
        return new PipelineSettings(threads, on, limits, analysis, run, extraction, analyze, clustering,
                reconcile.withEmbeddings(on));
    }

    public PipelineSettings withLimits(InputLimits l) {
        return new PipelineSettings(threads, embeddings, l, analysis, run, extraction, analyze, clustering, reconcile);
    }

    public PipelineSettings withAnalysisLimits(AnalysisLimits a) {
        return new PipelineSettings(threads, embeddings, limits, a, run, extraction, analyze, clustering, reconcile);
    }

    public PipelineSettings withRunLimits(RunLimits r) {
        return new PipelineSettings(threads, embeddings, limits, analysis, r, extraction, analyze, clustering,
                reconcile);
    }

    /** These settings with the stages' tuned settings replaced (as a settings file gives them). */
    public PipelineSettings withStages(ExtractSettings e, AnalyzeSettings a, ClusterSettings c,
                                       ReconcileSettings r) {
        return new PipelineSettings(threads, embeddings, limits, analysis, run, e, a, c, r);
    }
}
