package org.claimcheck.web;

import io.vertx.core.http.HttpServerRequest;

/** Details for the errors the HTTP layer raises itself, worded for the client that caused them. */
final class StandardDetails {

    private StandardDetails() {
    }

    static String of(int status, HttpServerRequest request) {
        return switch (status) {
            case 404 -> "No resource at " + request.path();
            case 405 -> request.method() + " is not allowed on " + request.path();
            case 406 -> "This resource answers application/json only";
            case 413 -> "The request body is over the size limit";
            case 415 -> "The request body must be application/json, not " + contentType(request);
            default -> "The request cannot be processed";
        };
    }

    private static String contentType(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        if (type == null || type.isBlank()) {
            return "absent";
        }
        // The header is the client's own text: keep it short and printable before echoing it.
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < type.length() && safe.length() < 100; i++) {
            char c = type.charAt(i);
            safe.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return safe.toString();
    }
}
