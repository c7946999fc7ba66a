package org.claimcheck.analysis;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.claimcheck.group.Semantics;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness check "embedding-model": grouping needs the sentence-embedding model, so the service is not ready until it
 * is loaded. Loading starts in the background at start-up (about half a second), so that neither start-up nor the
 * first request waits for it; the check is DOWN while it loads, UP with the model's name and load time once it has,
 * and DOWN with the error for good if it cannot be loaded.
 */
@Readiness
@ApplicationScoped
public class EmbeddingModelReadiness implements HealthCheck {

    static final String NAME = "embedding-model";
    private static final Logger LOG = Logger.getLogger(EmbeddingModelReadiness.class);

    private final CompletableFuture<Semantics.Loaded> loading = new CompletableFuture<>();

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "embedding-model-load");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        try {
            Semantics.Loaded loaded = Semantics.ensureLoaded();
            LOG.infof("Embedding model %s loaded in %d ms", loaded.name(), loaded.loadTime().toMillis());
            loading.complete(loaded);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The embedding model cannot be loaded; the service stays unready", e);
            loading.completeExceptionally(e);
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("model", Semantics.MODEL_NAME);
        if (!loading.isDone()) {
            return response.down().withData("state", "loading").build();
        }
        try {
            Semantics.Loaded loaded = loading.join();
            return response.up().withData("loadMillis", loaded.loadTime().toMillis()).build();
        } catch (CompletionException failed) {
            return response.down().withData("error", String.valueOf(failed.getCause())).build();
        }
    }
}
