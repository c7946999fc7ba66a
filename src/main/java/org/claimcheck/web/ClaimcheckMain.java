package org.claimcheck.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Before Quarkus starts, it hands the check of the request URI to {@link RequestLineGuard}:
 * Quarkus's own check answers an empty 400 and can only be turned off by this system property, read once as the
 * HTTP layer loads. The tests set it in the build (pom.xml), since they start Quarkus without this method.
 */
@QuarkusMain
public final class ClaimcheckMain {

    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        if (System.getProperty(URI_VALIDATION_OFF) == null) {
            System.setProperty(URI_VALIDATION_OFF, "true");
        }
        Quarkus.run(args);
    }
}
