package org.claimcheck.web;

/**
 * Path templates for stored ids. An id is written in ASCII digits, without sign or leading zero: Java reads "01",
 * "+1", "١" and "１" as 1, and DELETE /api/articles/01 would delete article 1. Any other spelling matches no route
 * and is a 404; so is a number past the range of a long, which the path parameter cannot convert.
 */
final class PathIds {

    /** A stored article's id. */
    static final String ID = "{id:[1-9][0-9]*}";
    /** A group's id: "g12", or the bare number. */
    static final String GROUP_ID = "{id:g?[1-9][0-9]*}";

    private PathIds() {
    }
}
