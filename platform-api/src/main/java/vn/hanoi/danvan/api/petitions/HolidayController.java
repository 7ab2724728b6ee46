package vn.hanoi.danvan.api.petitions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.petitions.deadlines.Holiday;
import vn.hanoi.danvan.api.petitions.deadlines.HolidayKind;
import vn.hanoi.danvan.api.security.Role;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/**
 * The holiday calendar the working-day clocks count with. The Labour Code fixes the kinds of
 * holiday; the government fixes the days each year, so a platform admin keeps them here.
 */
@Controller
class HolidayController {

    private final PlatformDoor platform;
    private final PetitionCalendar calendar;
    private final PetitionRedating redating;

    HolidayController(PlatformDoor platform, PetitionCalendar calendar, PetitionRedating redating) {
        this.platform = platform;
        this.calendar = calendar;
        this.redating = redating;
    }

    record HolidayInput(LocalDate day, HolidayKind kind, String name, String source) {}

    @QueryMapping
    List<Holiday> publicHolidays(@Argument int year, @ContextValue Viewer viewer) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        return platform.read(sql -> sql.sql()
                .sql("""
                        select day, kind, name, source from platform.public_holiday
                         where day >= make_date(:year, 1, 1) and day < make_date(:year + 1, 1, 1) order by day
                        """)
                .param("year", year)
                .query((rs, row) -> new Holiday(
                        rs.getObject("day", LocalDate.class),
                        HolidayKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("source")))
                .list());
    }

    @MutationMapping
    Holiday setPublicHoliday(@Argument HolidayInput input, @ContextValue Viewer viewer) {
        requireAdmin(viewer);
        String name = PetitionIntake.required("name", input.name(), 200);
        String source = PetitionIntake.required("source", input.source(), 300);
        boolean weekend = input.day().getDayOfWeek().getValue() >= 6;
        if (weekend != (input.kind() == HolidayKind.WORKING_WEEKEND)) {
            throw ApiException.badInput(
                    "kind", "A weekday can be a HOLIDAY; only a Saturday or Sunday can be a WORKING_WEEKEND.");
        }
        platform.write(sql -> sql.sql()
                .sql("""
                        insert into platform.public_holiday (day, kind, name, source, updated_by)
                        values (:day, :kind, :name, :source, :by)
                        on conflict (day) do update set kind = excluded.kind, name = excluded.name,
                            source = excluded.source, updated_by = excluded.updated_by, updated_at = now()
                        """)
                .param("day", input.day())
                .param("kind", input.kind().name())
                .param("name", name)
                .param("source", source)
                .param("by", viewer.subject())
                .update());
        calendar.reload();
        redating.redateAllSoon();
        return new Holiday(input.day(), input.kind(), name, source);
    }

    @MutationMapping
    boolean removePublicHoliday(@Argument LocalDate day, @ContextValue Viewer viewer) {
        requireAdmin(viewer);
        int removed = platform.write(sql -> sql.sql()
                .sql("delete from platform.public_holiday where day = :day")
                .param("day", day)
                .update());
        calendar.reload();
        redating.redateAllSoon();
        return removed == 1;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        if (!viewer.has(Role.PLATFORM_ADMIN)) {
            throw ApiException.forbidden("The holiday calendar is kept by platform administrators.");
        }
    }
}
