package org.claimcheck.web;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter the matched endpoint does not read, naming it: "?sise=5" or "?outlets=x" would
 * otherwise be ignored silently, and the client would take the unfiltered answer for the one it asked for. The
 * accepted names are the endpoint's own {@code @RestQuery} and {@code @QueryParam} parameters, so the check
 * follows the resources as they change; the dashboard sends only those. A parameter given twice ("?size=5&size=500")
 * is refused too: the endpoint would read one of them, and the client could not tell which.
 */
public class QueryParameterCheck {

    private final Map<Method, Set<String>> accepted = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = accepted.computeIfAbsent(method, QueryParameterCheck::queryParameters);
        Map<String, List<String>> given = uri.getQueryParameters();
        for (String name : new TreeSet<>(given.keySet())) {
            if (!known.contains(name)) {
                throw new BadParameterException(printable(name), known.isEmpty()
                        ? "is not a parameter of this endpoint, which takes none"
                        : "is not a parameter of this endpoint, which takes " + String.join(", ", known));
            }
            if (given.get(name).size() > 1) {
                throw new BadParameterException(name, "is given " + given.get(name).size() + " times; give it once");
            }
        }
    }

    private static SortedSet<String> queryParameters(Method method) {
        SortedSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            RestQuery rest = parameter.getAnnotation(RestQuery.class);
            QueryParam jakarta = parameter.getAnnotation(QueryParam.class);
            if (rest != null) {
                names.add(rest.value().isEmpty() ? parameter.getName() : rest.value());
            } else if (jakarta != null) {
                names.add(jakarta.value());
            }
        }
        return Collections.unmodifiableSortedSet(names); // sorted, so the detail lists them in a stable order
    }

    /** The client's own parameter name, echoed back: kept short and printable. */
    private static String printable(String name) {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < name.length() && safe.length() < 100; i++) {
            char c = name.charAt(i);
            safe.append(c >= 0x20 && c != 0x7f && !Character.isSurrogate(c) ? c : '?');
        }
        return safe.toString();
    }
}
