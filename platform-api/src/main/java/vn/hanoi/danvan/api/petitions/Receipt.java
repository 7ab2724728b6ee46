package vn.hanoi.danvan.api.petitions;

import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;

/** What the citizen takes home: the tracking code, and the secret that lets them rate the answer. */
public record Receipt(PetitionKind kind, String trackingCode, String secret) {}
