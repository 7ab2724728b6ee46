package vn.hanoi.danvan.api.petitions;

/** How a petition reached the unit. */
public enum Channel {
    /** At a citizen reception (tiếp công dân). */
    IN_PERSON,
    POST,
    /** The public-service portal or a citizen app. */
    ONLINE,
    /** Forwarded by another agency or unit. */
    TRANSFERRED,
    /** Entered by staff from a phone call or an e-mail. */
    STAFF_ENTRY
}
