package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;

/** The periodic reports on reception work: monthly, quarterly, 6-month, 9-month and yearly. */
@Service
class ReceptionReports {

    private final UnitDoor door;
    private final ReceptionReportRepository reports;

    ReceptionReports(UnitDoor door, ReceptionReportRepository reports) {
        this.door = door;
        this.reports = reports;
    }

    ReceptionReport of(Viewer viewer, ReportPeriod period, int year, Integer number) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        if (period == null) {
            throw ApiException.badInput("period", "Say which period to report on.");
        }
        LocalDate[] span = period.span(year, number);
        Integer numbered = period == ReportPeriod.MONTH || period == ReportPeriod.QUARTER ? number : null;
        return door.read(unit, scope -> reports.report(scope, period, year, numbered, span[0], span[1]));
    }
}
