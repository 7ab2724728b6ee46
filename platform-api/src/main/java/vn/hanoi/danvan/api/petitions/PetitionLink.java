package vn.hanoi.danvan.api.petitions;

/** A link from a petition to another, here or in another unit. */
record PetitionLink(String kind, String targetUnit, long targetId) {}
