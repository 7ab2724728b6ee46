package vn.hanoi.danvan.api.petitions.deadlines;

/**
 * Where a petition stands (see DOMAIN.md, Petitions). The allowed transitions live with the petitions
 * service; here the state only decides which clock runs.
 */
public enum PetitionState {
    /** Registered; a receipt and a tracking code issued. */
    RECEIVED,
    /** Kind decided; identity and acceptance conditions checked. */
    CLASSIFIED,
    /** Outside jurisdiction; forwarded once (Circular 05/2021/TT-TTCP, art. 14). */
    TRANSFERRED,
    /** The citizen was told where to go. */
    GUIDED,
    /** Not accepted, reasons given in writing (Law on Complaints 2011, art. 11; Law on Denunciation 2018, art. 25). */
    REJECTED,
    /** Accepted (thụ lý): the resolution clock starts. */
    ACCEPTED,
    /** Verification and dialogues under way; the resolution clock runs. */
    VERIFYING,
    /** Suspended by decision; the resolution clock is paused. */
    SUSPENDED,
    /** Complaint decision or denunciation conclusion issued. */
    RESOLVED,
    /** Second-round complaint or further denunciation filed. */
    APPEALED,
    /** Withdrawn in writing. */
    WITHDRAWN,
    /** File archived. */
    CLOSED
}
