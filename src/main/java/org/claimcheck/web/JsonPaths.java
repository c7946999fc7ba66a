package org.claimcheck.web;

import java.util.Collection;
import java.util.List;

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
