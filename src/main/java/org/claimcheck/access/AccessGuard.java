package org.claimcheck.access;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The API's access control: writes need the API key, and so do reads when {@code claimcheck.access.protect-reads}
 * is on; see {@link AccessConfig}. Refusals are {@link AccessRefusedException}s, which the web layer turns into
 * problem documents.
 */
@ApplicationScoped
public class AccessGuard {

    private static final Logger LOG = Logger.getLogger(AccessGuard.class);

    private final AccessPolicy policy;

    AccessGuard(AccessConfig config) {
        this.policy = AccessPolicy.of(config);
    }

    void announce(@Observes StartupEvent event) {
        AccessPolicy.Notice notice = policy.notice();
        LOG.log(notice.level(), notice.text());
    }

    /**
     * Pre-matching, so that it runs before the resource is chosen and before any of the body is read: a refused
     * request costs no parsing, however large its body.
     */
    @ServerRequestFilter(preMatching = true)
    void check(ContainerRequestContext request) {
        String key = PresentedKey.from(request.getHeaderString("X-API-Key"), request.getHeaderString("Authorization"));
        policy.check(request.getMethod(), request.getUriInfo().getPath(), key);
    }
}
