package vn.hanoi.danvan.api.directives;

import java.time.Instant;

/** A note on an assignment; an internal one is for the unit's staff and never shown to the city. */
record Note(String id, String body, boolean internal, Instant createdAt, String authorName) {}
