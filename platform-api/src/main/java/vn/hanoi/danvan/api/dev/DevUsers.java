package vn.hanoi.danvan.api.dev;

import vn.hanoi.danvan.api.security.Role;

/** The demo people of the embedded default, one per role, in two units. */
enum DevUsers {
    OFFICER_HOAN_KIEM("officer.hoankiem", "Nguyễn Thị Lan", "00070", Role.UNIT_OFFICER),
    LEADER_HOAN_KIEM("leader.hoankiem", "Trần Văn Minh", "00070", Role.UNIT_LEADER),
    CLERK_HOAN_KIEM("clerk.hoankiem", "Vũ Thị Mai", "00070", Role.UNIT_OFFICER),
    OFFICER_BA_DINH("officer.badinh", "Lê Hoàng Nam", "00004", Role.UNIT_OFFICER),
    CITY_SUPERVISOR("supervisor.city", "Phạm Thu Hà", null, Role.CITY_SUPERVISOR),
    PLATFORM_ADMIN("admin.platform", "Đỗ Quang Huy", null, Role.PLATFORM_ADMIN);

    final String username;
    final String displayName;
    final String unit;
    final Role role;

    DevUsers(String username, String displayName, String unit, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.unit = unit;
        this.role = role;
    }
}
