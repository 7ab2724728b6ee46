package vn.hanoi.danvan.api.oversight;

import java.time.LocalDate;

/** The {@code Oversight} object of GraphQL: one question's scope, which its fields answer over. */
record Oversight(OversightScope scope) {

    public LocalDate from() {
        return scope.period().firstDay();
    }

    public LocalDate to() {
        return scope.period().lastDay();
    }

    public LocalDate asOf() {
        return scope.asOf();
    }
}
