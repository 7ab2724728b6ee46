package vn.hanoi.danvan.api.tenancy;

import java.time.Duration;
import java.util.Optional;

/**
 * How long the statements of the next unit of work through a door may run: PostgreSQL cancels
 * one still running after this ({@code statement_timeout}, set for its transaction only), so a
 * slow query stops when the request it serves has run out of time, instead of running on for
 * nobody. Empty: no limit. Zero or less: out of time already, and the work does not start.
 */
@FunctionalInterface
public interface StatementTimeouts {

    /** No limit beyond the server's own. */
    StatementTimeouts NONE = Optional::empty;

    Optional<Duration> next();
}
