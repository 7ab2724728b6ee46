package vn.hanoi.danvan.api.receptions;

/** What kind of reception session (buổi tiếp công dân) it is. */
public enum SessionKind {
    /** Thường xuyên: the unit's regular reception, by its officers. */
    REGULAR,
    /** Định kỳ: a leader's periodic reception day. */
    LEADER_PERIODIC,
    /** Đột xuất: an ad hoc session, for a complex, prolonged or mass case. */
    AD_HOC,
    /** Đối thoại: a direct dialogue with citizens. */
    DIALOGUE
}
