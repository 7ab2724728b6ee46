package vn.hanoi.danvan.api.directives;

import java.time.Instant;
import java.time.LocalDate;

/** One item of a unit's feed: a new assignment, a report due soon, a report returned for rework. */
record Notification(
        String id, long key, String kind, String message, String assignmentId, LocalDate dueOn, Instant createdAt) {}
