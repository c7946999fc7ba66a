package org.claimcheck.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.claimcheck.ingest.FieldError;

/**
 * An RFC 9457 problem document: every 4xx and 5xx answer of the service has this body.
 *
 * @param errors the fields at fault, when the problem is about the request's content
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
