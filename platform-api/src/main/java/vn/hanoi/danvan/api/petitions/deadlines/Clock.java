package vn.hanoi.danvan.api.petitions.deadlines;

/** The statutory clocks a petition can run against. Which one runs depends on the kind and the state. */
public enum Clock {
    /**
     * Decide whether to accept (thụ lý) a complaint or a denunciation, counted from receipt, or from the
     * appeal in a second round (Law on Complaints 2011, arts. 27 and 36; Law on Denunciation 2018, art. 24).
     */
    ACCEPT,
    /** Answer a recommendation or reflection, counted from receipt (Law on Citizen Reception 2013, art. 28). */
    REPLY,
    /**
     * Resolve an accepted complaint or denunciation, counted from acceptance (Law on Complaints 2011,
     * arts. 28 and 37; Law on Denunciation 2018, art. 30).
     */
    RESOLVE
}
