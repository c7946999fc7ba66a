package org.claimcheck.group;

import java.util.HashMap;
import java.util.Map;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Semantic similarity of short phrases, for subjects that share no word ("troops" and "soldiers",
 * "peacekeepers" and "UN troops"): cosine of all-MiniLM-L6-v2 sentence embeddings, run in-process on ONNX
 * Runtime, with no network. The model separates on-topic from off-topic but not one claim from another
 * ("12,000 troops" and "10,000 troops" score 0.92), so grouping uses it only to relate subjects and counted
 * nouns, never alone. Loaded once, on first use; embeddings are cached per phrase.
 */
public final class Semantics {

    private static final int CACHE_LIMIT = 50_000;
    private static volatile EmbeddingModel model;

    private static final System.Logger LOG = System.getLogger(Semantics.class.getName());
    private static volatile boolean unavailable;

    private final Map<String, float[]> cache = new HashMap<>();

    /** Cosine similarity in [-1, 1] of two phrases' embeddings; 0, no evidence, when the model cannot run here. */
    public synchronized double similarity(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return 1;
        }
        if (unavailable) {
            return 0;
        }
        float[] x;
        float[] y;
        try {
            x = embedding(a);
            y = embedding(b);
        } catch (RuntimeException | LinkageError e) {
            // The native runtime may be missing on an unusual platform: group by words alone rather than fail.
            unavailable = true;
            LOG.log(System.Logger.Level.WARNING, "The embedding model cannot run here; grouping compares words only", e);
            return 0;
        }
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
    }

    private float[] embedding(String phrase) {
        String key = phrase.toLowerCase(java.util.Locale.ROOT);
        float[] vector = cache.get(key);
        if (vector == null) {
            vector = model().embed(key).content().vector();
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, vector);
        }
        return vector;
    }

    private static EmbeddingModel model() {
        if (model == null) {
            synchronized (Semantics.class) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
            }
        }
        return model;
    }
}
