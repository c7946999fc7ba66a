package org.claimcheck.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every answer, set as its headers go out so that no handler drops them: problem documents and the
 * dashboard's files included.
 * <ul>
 * <li>The dashboard keeps the API key in sessionStorage, so no script but its own may run: a Content-Security-Policy
 *     without inline script or style (the dashboard has none), no framing (clickjacking), no MIME sniffing, and no
 *     Referer carrying paths to other sites.</li>
 * <li>The dashboard's files are revalidated on every use ({@code no-cache}, with the Last-Modified the static
 *     handler sends): the framework marks them {@code immutable} for a day, which left browsers on the old script
 *     after an upgrade.</li>
 * </ul>
 * Swagger UI, under /q/swagger-ui, runs inline script of its own: it keeps the other headers but not the policy.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ended -> set(context));
            context.next();
        });
    }

    private static void set(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String path = context.request().path();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (path == null || !path.startsWith("/q/swagger-ui")) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        if (path != null && !path.startsWith("/api/") && !path.startsWith("/q/")) {
            headers.set("Cache-Control", "no-cache");
        }
    }
}
