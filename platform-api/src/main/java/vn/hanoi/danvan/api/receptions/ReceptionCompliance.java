package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;
import vn.hanoi.danvan.api.tenancy.UnitDoor;

/**
 * Whether the unit's leaders received citizens as often as the rules require, in a month: the
 * chairman (Law on Citizen Reception 2013, arts. 15, 18; Law 136/2025/QH15 from 2026-07-01) and
 * the Party secretary (Regulation 11-QĐi/TW, art. 4; Conclusion 215-KL/TW).
 */
@Service
class ReceptionCompliance {

    private final UnitDoor door;
    private final SessionRepository sessions;
    private final FrequencyRules rules;
    private final PlatformDoor platform;

    ReceptionCompliance(UnitDoor door, SessionRepository sessions, FrequencyRules rules, PlatformDoor platform) {
        this.door = door;
        this.sessions = sessions;
        this.rules = rules;
        this.platform = platform;
    }

    Compliance.Month of(Viewer viewer, int year, int month) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        YearMonth period = Months.of(year, month);
        LocalDate[] window = Compliance.window(period);
        return door.read(
                unit,
                scope -> Compliance.judge(
                        unit,
                        period,
                        rules.all(scope.sql()),
                        sessions.between(scope, window[0], window[1].plusDays(1))));
    }

    /** The rules themselves are public law: any signed-in caller may read them. */
    List<FrequencyRule> rules(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        return platform.read(scope -> rules.all(scope.sql()));
    }
}
