package vn.hanoi.danvan.api.dev;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.api.petitions.DemoPetitions;
import vn.hanoi.danvan.api.petitions.PetitionsFromReception.Person;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.receptions.DemoReceptions.Desk;
import vn.hanoi.danvan.api.receptions.DemoReceptions.Session;
import vn.hanoi.danvan.api.receptions.DemoReceptions.Visit;
import vn.hanoi.danvan.api.receptions.PresiderOffice;
import vn.hanoi.danvan.api.receptions.ReceptionEntry;
import vn.hanoi.danvan.api.receptions.ReceptionSession;
import vn.hanoi.danvan.api.receptions.SessionKind;
import vn.hanoi.danvan.api.receptions.SessionStatus;
import vn.hanoi.danvan.api.security.Role;
import vn.hanoi.danvan.api.security.Viewer;

/**
 * One unit's reception calendar over the past months, for the demo: the chairman's periodic days
 * (Tuesdays: every week until 2026-06-30, the first and third of the month after), the Party
 * secretary's (second and fourth Thursday), the officers' regular session (first Monday), and
 * visits at the held ones. Most units keep the rules; about one in five falls short: a
 * vice-chairman stands in, a secretary's day is cancelled. Sessions after today stay planned.
 */
final class DemoReceptionDays {

    /** The first day of the chairman's two-days-a-month rule (Law 136/2025/QH15). */
    static final LocalDate MONTHLY_RULE = LocalDate.of(2026, 7, 1);

    static final int MONTHS = 6;

    private static final Set<String> SHOWCASES = Set.of("00070");

    private record Matter(PetitionKind kind, String content, String request) {}

    private static final List<Matter> MATTERS = List.of(
            new Matter(
                    PetitionKind.COMPLAINT,
                    "Khiếu nại quyết định thu hồi đất, cho rằng diện tích bồi thường thấp hơn thực tế.",
                    "Đo đạc lại, bồi thường đúng diện tích"),
            new Matter(
                    PetitionKind.RECOMMENDATION,
                    "Kiến nghị sửa chữa đường ngõ xuống cấp, mưa to bị ngập.",
                    "Đưa vào kế hoạch sửa chữa năm nay"),
            new Matter(
                    PetitionKind.REFLECTION,
                    "Phản ánh quán karaoke hoạt động quá 23 giờ gây ồn.",
                    "Kiểm tra, xử lý vi phạm"),
            new Matter(
                    PetitionKind.REFLECTION,
                    "Phản ánh việc đổ phế thải xây dựng ra bãi đất trống.",
                    "Thu dọn, xử phạt người vi phạm"),
            new Matter(
                    PetitionKind.RECOMMENDATION,
                    "Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu.",
                    "Hướng dẫn thủ tục"),
            new Matter(
                    PetitionKind.COMPLAINT,
                    "Khiếu nại việc chậm chi trả trợ cấp xã hội cho người cao tuổi.",
                    "Chi trả đủ, đúng hạn"),
            new Matter(
                    PetitionKind.DENUNCIATION,
                    "Tố cáo cán bộ nhận tiền để giải quyết nhanh hồ sơ.",
                    "Xác minh, xử lý cán bộ"));

    private final Unit unit;
    private final DemoDice dice;
    private final DemoPeople people;
    private final LocalDate today;
    private final boolean shortOfTheRule;
    private final Viewer officer;
    private final String chairman;
    private final String viceChairman;
    private final String secretary;

    DemoReceptionDays(Unit unit, long seed, LocalDate today) {
        this.unit = unit;
        this.dice = new DemoDice(seed ^ (unit.code().value().hashCode() * 31L));
        this.people = new DemoPeople(dice, unit);
        this.today = today;
        this.shortOfTheRule = !SHOWCASES.contains(unit.code().value()) && dice.percent(20);
        this.officer = new Viewer(
                "demo.officer." + unit.code().value(),
                people.fullName(),
                Optional.of(unit.code()),
                Set.of(Role.UNIT_OFFICER),
                Set.of(),
                "danvan-demo");
        this.chairman = people.fullName();
        this.viceChairman = people.fullName();
        this.secretary = people.fullName();
    }

    Viewer officer() {
        return officer;
    }

    /** Records the unit's calendar at the desk; the number of sessions. */
    int fill(Desk desk) {
        int sessions = 0;
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1);
        for (YearMonth month = first; !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
            for (Session session : month(month)) {
                ReceptionSession stored = desk.session(session);
                sessions++;
                if (stored.status() == SessionStatus.HELD) {
                    visits(desk, stored);
                }
            }
        }
        return sessions;
    }

    private List<Session> month(YearMonth month) {
        List<Session> sessions = new ArrayList<>();
        List<LocalDate> tuesdays = days(month, DayOfWeek.TUESDAY);
        for (int i = 0; i < tuesdays.size(); i++) {
            LocalDate day = tuesdays.get(i);
            boolean due = day.isBefore(MONTHLY_RULE) || i == 0 || i == 2;
            if (!due) {
                continue;
            }
            // A unit short of the rule lets the vice-chairman stand in now and then.
            boolean standIn = shortOfTheRule && dice.percent(45);
            sessions.add(leader(day, standIn ? PresiderOffice.VICE_CHAIRMAN : PresiderOffice.CHAIRMAN, false));
        }
        List<LocalDate> thursdays = days(month, DayOfWeek.THURSDAY);
        for (int i = 1; i < thursdays.size(); i += 2) {
            boolean cancelled = shortOfTheRule && i == 3 && dice.percent(60);
            sessions.add(leader(thursdays.get(i), PresiderOffice.PARTY_SECRETARY, cancelled));
        }
        List<LocalDate> mondays = days(month, DayOfWeek.MONDAY);
        if (!mondays.isEmpty()) {
            sessions.add(session(
                    SessionKind.REGULAR, mondays.getFirst(), "08:00", PresiderOffice.OFFICER, officer.name(), false));
        }
        sessions.sort((a, b) -> a.day().compareTo(b.day()));
        return sessions;
    }

    private Session leader(LocalDate day, PresiderOffice office, boolean cancelled) {
        String name = switch (office) {
            case CHAIRMAN -> chairman;
            case VICE_CHAIRMAN -> viceChairman;
            default -> secretary;
        };
        return session(SessionKind.LEADER_PERIODIC, day, "14:00", office, name, cancelled);
    }

    private Session session(
            SessionKind kind,
            LocalDate day,
            String startsAt,
            PresiderOffice office,
            String presider,
            boolean cancelled) {
        SessionStatus outcome =
                day.isAfter(today) ? SessionStatus.PLANNED : cancelled ? SessionStatus.CANCELLED : SessionStatus.HELD;
        return new Session(
                kind,
                day,
                startsAt,
                "Phòng tiếp công dân, trụ sở UBND " + unit.name(),
                office,
                presider,
                officer.name(),
                outcome,
                outcome == SessionStatus.CANCELLED ? "Lãnh đạo dự hội nghị của Thành ủy" : null);
    }

    private void visits(Desk desk, ReceptionSession session) {
        boolean leaderSession = session.presiderOffice() != PresiderOffice.OFFICER;
        int count = leaderSession ? dice.between(0, 2) : dice.between(0, 1);
        List<ReceptionEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(desk.visit(session, visit()));
        }
        if (leaderSession && !entries.isEmpty() && dice.percent(50)) {
            desk.notice(
                    session,
                    "Giao các bộ phận chuyên môn kiểm tra, trả lời công dân theo quy định; báo cáo kết quả trong 10 ngày.",
                    List.of("Phòng Kinh tế", "Văn phòng HĐND và UBND"),
                    entries);
        }
    }

    private Visit visit() {
        Matter matter = dice.pick(MATTERS);
        boolean group = dice.percent(10);
        List<Person> visitors = new ArrayList<>();
        visitors.add(person(people.person(group)));
        if (group) {
            visitors.add(person(people.person(true)));
        }
        boolean petition = matter.kind() != PetitionKind.RECOMMENDATION && dice.percent(12);
        return new Visit(
                visitors,
                group ? dice.between(5, 12) : 1,
                matter.content() + " (" + people.place() + ")",
                dice.percent(30) ? "Đã gửi đơn lần một, chưa được trả lời" : null,
                matter.request(),
                petition ? "Tiếp nhận đơn, vào sổ thụ lý" : "Giải thích, hướng dẫn công dân",
                List.of(matter.kind()),
                petition
                        ? List.of(matter.content()
                                .substring(0, Math.min(80, matter.content().length())))
                        : List.of());
    }

    private static Person person(DemoPetitions.Person p) {
        return new Person(p.fullName(), p.address(), p.phone(), p.nationalId(), p.representative());
    }

    private static List<LocalDate> days(YearMonth month, DayOfWeek weekday) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = month.atDay(1).with(TemporalAdjusters.nextOrSame(weekday));
                YearMonth.from(day).equals(month);
                day = day.plusWeeks(1)) {
            days.add(day);
        }
        return days;
    }
}
