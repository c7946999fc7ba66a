package org.claimcheck.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length is over {@code quarkus.http.limits.max-body-size} before any of it is
 * read, with a problem document; the HTTP layer's own refusal would be an empty 413.
 */
@ApplicationScoped
public class RequestSizeGuard {

    private final long maxBodyBytes;
    private final RawProblems problems;

    public RequestSizeGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            RawProblems problems) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> { // after RequestLineGuard
            String declared = context.request().getHeader("Content-Length");
            if (declared != null && isOver(declared)) {
                problems.send(context, 413, "The request body is over the limit of " + maxBodyBytes + " bytes", true);
                return;
            }
            context.next();
        });
    }

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.strip()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer rejects a malformed length itself
        }
    }
}
