package vn.hanoi.danvan.api.petitions;

/** How a list of petitions is ordered. */
enum PetitionOrder {
    /** Nearest deadline first; petitions without a running clock last. */
    DEADLINE,
    /** Most recently received first. */
    RECEIVED
}
