package org.claimcheck.group;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Semantic similarity of short phrases, for subjects that share no word ("troops" and "soldiers",
 * "peacekeepers" and "UN troops"): cosine of all-MiniLM-L6-v2 sentence embeddings, run in-process on ONNX
 * Runtime, with no network. The model separates on-topic from off-topic but not one claim from another
 * ("12,000 troops" and "10,000 troops" score 0.92), so grouping uses it only to relate subjects and counted
 * nouns, never alone. Loaded once, on first use or by {@link #ensureLoaded()}; embeddings are cached per phrase.
 * A model that cannot be loaded is an error, never a quiet fallback to words alone: {@link #ensureLoaded()} says
 * why (the service's readiness reports it), and {@link #similarity} throws {@link ModelUnavailableException}.
 */
public final class Semantics {

    /** The model's name, as readiness reports it. */
    public static final String MODEL_NAME = "all-MiniLM-L6-v2 (quantized, ONNX Runtime)";

    private static final int CACHE_LIMIT = 50_000;
    private static volatile EmbeddingModel model;
    private static volatile Duration loadTime;
    /** Why the one attempt to load the model failed; a failed class initialization is not worth retrying. */
    private static volatile Throwable loadFailure;

    private final Map<String, float[]> cache = new HashMap<>();

    /** The model loaded, and how long loading it (and embedding a first phrase) took. */
    public record Loaded(String name, Duration loadTime) {
    }

    /** The embedding model cannot run here; the cause says why. */
    public static final class ModelUnavailableException extends IllegalStateException {
        ModelUnavailableException(Throwable cause) {
            super("The embedding model " + MODEL_NAME + " cannot be loaded: " + cause, cause);
        }
    }

    /**
     * Loads the model if no one has yet, and embeds a first phrase with it, so that the native runtime is known to
     * work. Loads at most once per class loader; later calls answer at once.
     *
     * @throws ModelUnavailableException with the cause when it cannot be loaded, now or at the first attempt
     */
    public static Loaded ensureLoaded() {
        model();
        return new Loaded(MODEL_NAME, loadTime);
    }

    /**
     * Cosine similarity in [-1, 1] of two phrases' embeddings.
     *
     * @throws ModelUnavailableException when the model cannot be loaded
     */
    public synchronized double similarity(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return 1;
        }
        float[] x = embedding(a);
        float[] y = embedding(b);
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
        EmbeddingModel loaded = model;
        if (loaded != null) {
            return loaded;
        }
        synchronized (Semantics.class) {
            if (model == null && loadFailure == null) {
                long startedAt = System.nanoTime();
                try {
                    EmbeddingModel loading = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    loading.embed("soldiers deployed");
                    loadTime = Duration.ofNanos(System.nanoTime() - startedAt);
                    model = loading;
                } catch (RuntimeException | LinkageError e) {
                    // Native libraries missing for this platform, or a class the model needs not on its class path.
                    loadFailure = e;
                }
            }
            if (model == null) {
                throw new ModelUnavailableException(loadFailure);
            }
            return model;
        }
    }
}
