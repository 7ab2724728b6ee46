package vn.hanoi.danvan.api.petitions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.api.petitions.deadlines.CaseFacts;
import vn.hanoi.danvan.api.petitions.deadlines.Counting;
import vn.hanoi.danvan.api.petitions.deadlines.Deadline;
import vn.hanoi.danvan.api.petitions.deadlines.DeadlineRule;
import vn.hanoi.danvan.api.petitions.deadlines.DeadlineRules;
import vn.hanoi.danvan.api.petitions.deadlines.Holiday;
import vn.hanoi.danvan.api.petitions.deadlines.HolidayKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionDeadlines;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;
import vn.hanoi.danvan.api.petitions.deadlines.Suspension;
import vn.hanoi.danvan.api.petitions.deadlines.WorkingCalendar;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/**
 * Today in Hanoi, and the statutory clocks: the deadline rules and the holiday calendar from
 * {@code platform}, held in memory and reloaded every few minutes (at once after an edit made
 * through this instance).
 */
@Component
public class PetitionCalendar {

    /** Dates in the law are days in Vietnam. */
    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Duration RELOAD = Duration.ofMinutes(5);

    private record Loaded(PetitionDeadlines deadlines, WorkingCalendar calendar, Instant at) {}

    private final PlatformDoor platform;
    private final Clock clock;
    private volatile Loaded loaded;

    PetitionCalendar(PlatformDoor platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HANOI));
    }

    Optional<Deadline> deadlineOf(Petition petition, List<Suspension> suspensions) {
        return current().deadlines().current(facts(petition, suspensions), today());
    }

    /** The first clock of a petition just received. */
    LocalDate initialDue(PetitionKind kind, LocalDate receivedOn, boolean remoteArea, boolean severalSites) {
        CaseFacts facts = new CaseFacts(
                kind,
                PetitionState.RECEIVED,
                1,
                receivedOn,
                null,
                null,
                false,
                false,
                remoteArea,
                severalSites,
                0,
                List.of());
        return current()
                .deadlines()
                .current(facts, today())
                .map(Deadline::dueOn)
                .orElse(null);
    }

    int allowedExtensions(Petition petition) {
        return current().deadlines().allowedExtensions(facts(petition, List.of()));
    }

    WorkingCalendar workingCalendar() {
        return current().calendar();
    }

    /** Forget what is held, after the holidays or rules changed. */
    void reload() {
        loaded = null;
    }

    private static CaseFacts facts(Petition petition, List<Suspension> suspensions) {
        return new CaseFacts(
                petition.kind(),
                petition.state(),
                petition.round(),
                petition.receivedOn(),
                petition.acceptedOn(),
                petition.appealedOn(),
                petition.complex(),
                petition.especiallyComplex(),
                petition.remoteArea(),
                petition.severalSites(),
                petition.extensionsGranted(),
                suspensions);
    }

    private Loaded current() {
        Loaded held = loaded;
        if (held == null || held.at().plus(RELOAD).isBefore(clock.instant())) {
            held = load();
            loaded = held;
        }
        return held;
    }

    private Loaded load() {
        return platform.read(sql -> {
            List<DeadlineRule> rules = sql.sql()
                    .sql("""
                            select kind, clock, round, counting, days, complex_days, remote_days,
                                   remote_complex_days, several_sites_days, max_extensions, extension_days,
                                   effective_from, effective_to, legal_basis
                              from platform.deadline_rule
                            """)
                    .query((rs, row) -> new DeadlineRule(
                            PetitionKind.valueOf(rs.getString("kind")),
                            vn.hanoi.danvan.api.petitions.deadlines.Clock.valueOf(rs.getString("clock")),
                            rs.getInt("round"),
                            Counting.valueOf(rs.getString("counting")),
                            rs.getInt("days"),
                            rs.getInt("complex_days"),
                            rs.getInt("remote_days"),
                            rs.getInt("remote_complex_days"),
                            rs.getInt("several_sites_days"),
                            rs.getInt("max_extensions"),
                            rs.getInt("extension_days"),
                            rs.getObject("effective_from", LocalDate.class),
                            rs.getObject("effective_to", LocalDate.class),
                            rs.getString("legal_basis")))
                    .list();
            List<Holiday> holidays = sql.sql()
                    .sql("select day, kind, name, source from platform.public_holiday")
                    .query((rs, row) -> new Holiday(
                            rs.getObject("day", LocalDate.class),
                            HolidayKind.valueOf(rs.getString("kind")),
                            rs.getString("name"),
                            rs.getString("source")))
                    .list();
            WorkingCalendar calendar = new WorkingCalendar(holidays);
            return new Loaded(new PetitionDeadlines(DeadlineRules.of(rules), calendar), calendar, clock.instant());
        });
    }
}
