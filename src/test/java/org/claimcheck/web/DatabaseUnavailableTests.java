package org.claimcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures mean the database cannot be reached (503, retry) and which are faults (500). */
class DatabaseUnavailableTests {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("connection refused, as the driver says it", new SQLException("refused", "08001"), true),
                Arguments.of("connection lost mid-statement", new SQLException("I/O error", "08006"), true),
                Arguments.of("wrapped by the persistence layer", new IllegalStateException(
                        new org.hibernate.exception.JDBCConnectionException("no", new SQLException("x", "08003"))), true),
                Arguments.of("deeply wrapped", new RuntimeException(new RuntimeException(new SQLException("x", "08004"))), true),
                Arguments.of("transient connection failure", new SQLTransientConnectionException("gone"), true),
                Arguments.of("the pool's acquisition timeout", new RuntimeException(new SQLException("Sorry, acquisition timeout!")), true),
                Arguments.of("a unique violation", new SQLException("duplicate", "23505"), false),
                Arguments.of("a syntax error", new SQLException("syntax", "42601"), false),
                Arguments.of("another SQL failure without a state", new SQLException("something else"), false),
                Arguments.of("not a database failure", new IllegalArgumentException("bad"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void tellsAnUnreachableDatabaseFromAFault(String name, Throwable failure, boolean unreachable) {
        assertEquals(unreachable, DatabaseUnavailable.causes(failure));
    }
}
