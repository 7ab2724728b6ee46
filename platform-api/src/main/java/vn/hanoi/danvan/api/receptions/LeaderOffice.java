package vn.hanoi.danvan.api.receptions;

/** The offices the frequency rules bind (Law on Citizen Reception 2013; Regulation 11-QĐi/TW). */
public enum LeaderOffice {
    /** Chủ tịch UBND xã/phường. */
    CHAIRMAN,
    /** Bí thư Đảng ủy xã/phường. */
    PARTY_SECRETARY
}
