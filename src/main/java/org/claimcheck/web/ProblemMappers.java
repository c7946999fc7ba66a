package org.claimcheck.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.claimcheck.access.AccessRefusedException;
import org.claimcheck.ingest.FieldError;
import org.claimcheck.ingest.InvalidArticleException;
import org.claimcheck.analysis.AnalysisBusyException;
import org.claimcheck.ingest.LimitExceededException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a problem document. Details name the field or limit at fault and never carry
 * a stack trace or the exception's own text for unexpected errors; those are logged under an id that the
 * answer repeats, so an operator can find them.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public RestResponse<Problem> invalidArticle(InvalidArticleException e, HttpServerRequest request) {
        return problem(Response.Status.BAD_REQUEST, e.getMessage(), request, e.errors());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> limitExceeded(LimitExceededException e, HttpServerRequest request) {
        return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage(), request, null);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(ResourceNotFoundException e, HttpServerRequest request) {
        return problem(Response.Status.NOT_FOUND, e.getMessage(), request, null);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> badParameter(BadParameterException e, HttpServerRequest request) {
        return problem(Response.Status.BAD_REQUEST, e.getMessage(), request,
                List.of(new FieldError(e.parameter(), e.reason())));
    }

    /** Analyses ran at once for the whole time budget: 429, with when to try again. */
    @ServerExceptionMapper
    public RestResponse<Problem> analysisBusy(AnalysisBusyException e, HttpServerRequest request) {
        return problemBuilder(Response.Status.TOO_MANY_REQUESTS, e.getMessage(), request, null)
                .header("Retry-After", Math.max(1, e.retryAfter().toSeconds())).build();
    }

    /** A missing or wrong API key (401, with its challenge), or a write while no key is configured (403). */
    @ServerExceptionMapper
    public RestResponse<Problem> accessRefused(AccessRefusedException e, HttpServerRequest request) {
        RestResponse.ResponseBuilder<Problem> refusal =
                problemBuilder(Response.Status.fromStatusCode(e.status()), e.getMessage(), request, null);
        e.challenge().ifPresent(challenge -> refusal.header("WWW-Authenticate", challenge));
        return refusal.build();
    }

    /** A body whose JSON has the wrong shape: a string where an object belongs, an unknown enum value. */
    @ServerExceptionMapper(priority = 1)
    public RestResponse<Problem> wrongJsonShape(JsonMappingException e, HttpServerRequest request) {
        String field = JsonPaths.of(e.getPath());
        if (e.getCause() instanceof StreamConstraintsException limit) {
            if (isNestingLimit(limit)) {
                return malformedJson(limit, request);
            }
            String where = field.isEmpty() ? "The request body" : field;
            return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    where + ": holds a value longer than the JSON parser accepts", request, null);
        }
        if (e.getCause() instanceof JsonProcessingException parsing && !(parsing instanceof JsonMappingException)) {
            // Syntax broken inside a list of objects reaches us wrapped, with the path to where the text ended.
            return malformedJson(parsing, request);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, field, request);
        }
        if (isTrailingContent(e)) {
            return problem(Response.Status.BAD_REQUEST, "The request body is not well-formed JSON: more follows its value"
                    + at(e.getLocation()), request, null);
        }
        String reason = e instanceof MismatchedInputException mismatch
                ? JsonPaths.expected(mismatch.getTargetType())
                : "has the wrong type";
        if (field.isEmpty()) {
            return problem(Response.Status.BAD_REQUEST, "The request body " + reason, request, null);
        }
        return problem(Response.Status.BAD_REQUEST, field + ": " + reason, request, List.of(new FieldError(field, reason)));
    }

    /** Declared apart from its parent type so that it overrides the framework's own mapper for it. */
    @ServerExceptionMapper(priority = 1)
    public RestResponse<Problem> mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return wrongJsonShape(e, request);
    }

    /** Declared apart from its parent type, like {@link #mismatchedInput}, so that no framework mapper takes it. */
    @ServerExceptionMapper(priority = 1)
    public RestResponse<Problem> unrecognizedField(UnrecognizedPropertyException e, HttpServerRequest request) {
        return wrongJsonShape(e, request);
    }

    /** A field the API does not read (see JsonConventions): named, with the fields its object takes. */
    private static RestResponse<Problem> unknownField(UnrecognizedPropertyException e, String field,
            HttpServerRequest request) {
        String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                .map(Objects::toString).sorted().collect(Collectors.joining(", "));
        String reason = known.isEmpty() ? "is not a field of this object"
                : "is not a field of this object, which takes " + known;
        return problem(Response.Status.BAD_REQUEST, field + ": " + reason, request, List.of(new FieldError(field, reason)));
    }

    /** A body that is not UTF-8, so no JSON at all: see {@link Utf8BodyCheck}. */
    @ServerExceptionMapper
    public RestResponse<Problem> malformedUtf8(Utf8BodyCheck.MalformedUtf8Exception e, HttpServerRequest request) {
        return problem(Response.Status.BAD_REQUEST, "The request body is not well-formed JSON: it is not UTF-8 from byte "
                + e.offset() + " on", request, null);
    }

    /** A body that is not JSON at all. */
    @ServerExceptionMapper(priority = 1)
    public RestResponse<Problem> malformedJson(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof StreamConstraintsException limit && isNestingLimit(limit)) {
            // Arrays in arrays a thousand deep are no article: a malformed request, not an oversized value.
            return problem(Response.Status.BAD_REQUEST, "The request body nests arrays or objects deeper than the "
                    + "JSON parser accepts", request, null);
        }
        if (e instanceof StreamConstraintsException) {
            return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The request body holds a value longer than the JSON parser accepts", request, null);
        }
        if (isDuplicateField(e) && e.getProcessor() instanceof JsonParser parser) {
            // Refused by STRICT_DUPLICATE_DETECTION (see JsonConventions); the parser stands on the second one.
            String field = JsonPaths.of(parser.getParsingContext());
            String reason = "is given more than once; give each field once";
            return problem(Response.Status.BAD_REQUEST, field + ": " + reason, request, List.of(new FieldError(field, reason)));
        }
        return problem(Response.Status.BAD_REQUEST, "The request body is not well-formed JSON" + at(e.getLocation()),
                request, null);
    }

    /** Jackson tells a repeated field from other syntax errors only in words. */
    private static boolean isDuplicateField(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate field");
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Text after the body's value, refused by FAIL_ON_TRAILING_TOKENS (see JsonConventions); Jackson says so only in words. */
    private static boolean isTrailingContent(JsonMappingException e) {
        String message = e.getOriginalMessage();
        return e instanceof MismatchedInputException && message != null && message.startsWith("Trailing token");
    }

    /** Jackson tells its limits apart only by message: nesting depth, or the length of a number, string or body. */
    private static boolean isNestingLimit(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        return message != null && message.contains("nesting depth");
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, HttpServerRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping) {
            return wrongJsonShape(mapping, request);
        }
        if (cause instanceof JsonProcessingException parsing) {
            return malformedJson(parsing, request);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(status, StandardDetails.of(status.getStatusCode(), request), request, null);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("The database is unreachable: %s %s answered 503", request.method(), request.path());
            Response.Status status = Response.Status.SERVICE_UNAVAILABLE;
            Problem body = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    "The database is unreachable; try again shortly", request.path(), null);
            return RestResponse.ResponseBuilder.create(status, body)
                    .header("Content-Type", Problem.MEDIA_TYPE)
                    .header("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return problem(Response.Status.INTERNAL_SERVER_ERROR,
                "The service failed to handle the request; incident " + incident + " is logged", request, null);
    }

    private static RestResponse<Problem> problem(Response.StatusType status, String detail, HttpServerRequest request,
            List<FieldError> errors) {
        return problemBuilder(status, detail, request, errors).build();
    }

    private static RestResponse.ResponseBuilder<Problem> problemBuilder(Response.StatusType status, String detail,
            HttpServerRequest request, List<FieldError> errors) {
        Problem body = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                request.path(), errors);
        return RestResponse.ResponseBuilder.create(status, body)
                .header("Content-Type", Problem.MEDIA_TYPE);
    }
}
