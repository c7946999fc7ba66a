package org.claimcheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Problem documents for the handlers that answer on the router, before or outside the REST layer and its
 * exception mappers: the same body as {@link ProblemMappers} writes.
 */
@ApplicationScoped
public class RawProblems {

    private final ObjectMapper json;

    public RawProblems(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Ends the exchange with a problem document. {@code close} ends the connection too, for a request whose
     * remaining bytes the service will not read.
     */
    void send(RoutingContext context, int status, String detail, boolean close) {
        if (context.response().headWritten()) {
            context.request().connection().close();
            return;
        }
        Problem problem = new Problem("about:blank", HttpResponseStatus.valueOf(status).reasonPhrase(), status, detail,
                printablePath(context.request().path()), null);
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (close) {
            context.response().putHeader("Connection", "close");
        }
        context.response().end(encode(problem));
    }

    private String encode(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document always serializes", e);
        }
    }

    /** The path, echoed back in {@code instance}: cut short, since these are the requests whose path is too long. */
    private static String printablePath(String path) {
        if (path == null) {
            return null;
        }
        return path.length() <= 200 ? path : path.substring(0, 200) + "…";
    }
}
