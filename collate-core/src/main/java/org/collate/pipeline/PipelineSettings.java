package org.collate.pipeline;

import org.collate.extract.ExtractSettings;
import org.collate.link.ClusterSettings;
import org.collate.reconcile.ReconcileSettings;
import org.collate.source.InputLimits;

/**
 * Everything the whole pipeline is configured by, in one record. The stages' tuned values can be printed and read
 * back as a file ({@link SettingsFile}); threads, embeddings and limits are set by command-line options.
 *
 * @param threads    worker threads for extraction and analysis
 * @param embeddings whether to compute lead and sentence embeddings (ONNX model)
 * @param limits     input bounds
 * @param extraction the extraction stage's settings
 * @param clustering the linking stage's settings
 * @param reconcile  the reconcile stage's settings
 */
public record PipelineSettings(int threads, boolean embeddings, InputLimits limits, ExtractSettings extraction,
                               ClusterSettings clustering, ReconcileSettings reconcile) {

    public static PipelineSettings defaults() {
        return new PipelineSettings(OrderedParallelMapper.defaultThreads(), true, InputLimits.DEFAULT,
                ExtractSettings.DEFAULT, ClusterSettings.DEFAULT, ReconcileSettings.DEFAULT);
    }

    public PipelineSettings withThreads(int n) {
        return new PipelineSettings(n, embeddings, limits, extraction, clustering, reconcile);
    }

    public PipelineSettings withEmbeddings(boolean on) {
        return new PipelineSettings(threads, on, limits, extraction, clustering, reconcile.withEmbeddings(on));
    }

    public PipelineSettings withLimits(InputLimits l) {
        return new PipelineSettings(threads, embeddings, l, extraction, clustering, reconcile);
    }

    /** These settings with the stages' tuned settings replaced (as a settings file gives them). */
    public PipelineSettings withStages(ExtractSettings e, ClusterSettings c, ReconcileSettings r) {
        return new PipelineSettings(threads, embeddings, limits, e, c, r);
    }
}
