package org.claimcheck.web;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Writes Jackson's path to a failing value the way clients name fields: {@code articles[2].text}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The same for where a parser stands: the field it last read, within the objects and arrays around it. */
    static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> outward = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            outward.addFirst(at);
        }
        StringBuilder field = new StringBuilder();
        for (JsonStreamContext step : outward) {
            if (step.inObject() && step.getCurrentName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(step.getCurrentName());
            } else if (step.inArray()) {
                field.append('[').append(Math.max(step.getCurrentIndex(), 0)).append(']');
            }
        }
        return field.toString();
    }

    /** "must be a string", "must be an array", ... for the Java type Jackson failed to produce. */
    static String expected(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "must be a string";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }
}
