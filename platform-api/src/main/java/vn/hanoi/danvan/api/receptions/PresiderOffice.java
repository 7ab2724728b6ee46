package vn.hanoi.danvan.api.receptions;

import java.util.Optional;

/**
 * Who presided a session, by office. Only the chairman and the Party secretary in person count
 * for their duty to receive citizens; a session a deputy presides on their behalf does not.
 */
public enum PresiderOffice {
    /** Chủ tịch UBND: the People's Committee chairman. */
    CHAIRMAN,
    /** Phó chủ tịch UBND: a vice-chairman, presiding on the chairman's behalf. */
    VICE_CHAIRMAN,
    /** Bí thư Đảng ủy: the Party committee secretary. */
    PARTY_SECRETARY,
    /** Phó bí thư: a deputy secretary, presiding on the secretary's behalf. */
    DEPUTY_PARTY_SECRETARY,
    /** Cán bộ: an officer of the unit. */
    OFFICER;

    /** The leader's duty this session counts for, if any. */
    Optional<LeaderOffice> countsFor() {
        return switch (this) {
            case CHAIRMAN -> Optional.of(LeaderOffice.CHAIRMAN);
            case PARTY_SECRETARY -> Optional.of(LeaderOffice.PARTY_SECRETARY);
            default -> Optional.empty();
        };
    }

    boolean isLeader() {
        return this != OFFICER;
    }
}
