package org.claimcheck.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses, with problem documents, what the HTTP layer would otherwise refuse with empty answers or not at all:
 * a request target that is no URI (a bad %-escape), one over {@code claimcheck.http.max-url-length} (414), headers
 * over {@code claimcheck.http.max-header-size} (431), and a body that has not arrived within
 * {@code claimcheck.http.body-timeout} (408), so that a client trickling its body cannot hold a connection.
 *
 * <p>The HTTP codec refuses lines and headers over {@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size} before any handler runs, with empty answers Quarkus gives no hook for (the Vert.x server's
 * invalid-request handler is not exposed): those limits are set well above the ones checked here. Quarkus also checks
 * the URI before routing, with an empty 400, unless started with {@code -Dvertx.disableURIValidation=true}, as the
 * container and the tests are; the check is then made here.
 */
@ApplicationScoped
public class RequestLineGuard {

    private final HttpConfig config;
    private final RawProblems problems;

    public RequestLineGuard(HttpConfig config, RawProblems problems) {
        this.config = config;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check); // after SecurityHeaders
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String target = request.uri();
        if (target.length() > config.maxUrlLength()) {
            problems.send(context, 414, "The request target is " + target.length() + " characters long, over the limit of "
                    + config.maxUrlLength(), true);
            return;
        }
        if (!isUri(target)) {
            problems.send(context, 400, "The request target is not a valid URI: a % must start an escape of two hex "
                    + "digits, and spaces and other reserved characters must be escaped", true);
            return;
        }
        long headerBytes = headerBytes(request);
        if (headerBytes > config.maxHeaderSize().asLongValue()) {
            problems.send(context, 431, "The request headers take " + headerBytes + " bytes, over the limit of "
                    + config.maxHeaderSize().asLongValue(), true);
            return;
        }
        if (!request.isEnded()) {
            long timer = context.vertx().setTimer(config.bodyTimeout().toMillis(), expired -> {
                if (!request.isEnded()) {
                    problems.send(context, 408, "The request body did not arrive within "
                            + config.bodyTimeout().toSeconds() + " s", true);
                }
            });
            context.addEndHandler(ended -> context.vertx().cancelTimer(timer));
        }
        context.next();
    }

    private static boolean isUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** As sent, near enough: each line's name, value, colon, space and line end. */
    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }
}
