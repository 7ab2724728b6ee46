package vn.hanoi.danvan.api.petitions.deadlines;

/**
 * What a petition (đơn thư) asks for. A letter mixing kinds is split into one petition per kind, because
 * each kind follows its own law and its own clocks.
 */
public enum PetitionKind {
    /** Khiếu nại: asks to review an administrative decision or act (Law on Complaints 2011). */
    COMPLAINT,
    /** Tố cáo: reports a violation of law by anyone (Law on Denunciation 2018). */
    DENUNCIATION,
    /** Kiến nghị: proposes a change or a measure (Law on Citizen Reception 2013, art. 28). */
    RECOMMENDATION,
    /** Phản ánh: informs the authority of a situation (Law on Citizen Reception 2013, art. 28). */
    REFLECTION
}
