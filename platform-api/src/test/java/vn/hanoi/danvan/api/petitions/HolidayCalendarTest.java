package vn.hanoi.danvan.api.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hanoi.danvan.api.ApiTest;

class HolidayCalendarTest extends ApiTest {

    @Autowired
    PetitionRedating redating;

    @Autowired
    PetitionCalendar calendar;

    private static final String SET = """
            mutation($input: PublicHolidayInput!) { setPublicHoliday(input: $input) { day kind name } }
            """;

    @Test
    void theSeededCalendarHoldsTet2026() {
        Response holidays = graphQl("officer.hoankiem", "{ publicHolidays(year: 2026) { day kind name } }");
        assertThat(holidays.<List<String>>read("$.data.publicHolidays[*].day"))
                .contains("2026-02-16", "2026-02-20", "2026-09-02");
    }

    @Test
    void onlyAPlatformAdminKeepsTheCalendar() {
        Map<String, Object> input = Map.of(
                "input",
                Map.of("day", "2030-01-01", "kind", "HOLIDAY", "name", "Tết Dương lịch", "source", "Bộ luật Lao động"));
        assertThat(graphQl("officer.hoankiem", SET, input).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(graphQl("supervisor.city", SET, input).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(graphQl("admin.platform", SET, input).<String>read("$.data.setPublicHoliday.day"))
                .isEqualTo("2030-01-01");
        Response weekendHoliday = graphQl(
                "admin.platform",
                SET,
                Map.of("input", Map.of("day", "2030-01-05", "kind", "HOLIDAY", "name", "x", "source", "y")));
        assertThat(weekendHoliday.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aNewHolidayMovesTheWorkingDayDeadlinesOfOpenPetitions() {
        Response received = graphQl(
                "officer.hoankiem",
                PetitionsApiTest.RECEIVE,
                Map.of(
                        "input",
                        Map.of(
                                "kinds", List.of("REFLECTION"),
                                "channel", "ONLINE",
                                "subject", PetitionsApiTest.unique("Đèn tín hiệu hỏng"),
                                "matter", "Đèn tín hiệu giao thông tại ngã tư bị hỏng.",
                                "petitioners", List.of(Map.of("fullName", "Kiều Văn Đèn")))));
        String id = received.read("$.data.receivePetition.petitions[0].id");
        LocalDate due = LocalDate.parse(received.read("$.data.receivePetition.petitions[0].deadline.dueOn"));
        // A weekday inside the ten working days becomes a holiday: the deadline moves by one working day.
        LocalDate inside = calendar.today().plusDays(1);
        while (!calendar.workingCalendar().isWorkingDay(inside)) {
            // Never a day that is already off: the test must add a holiday, and remove only its own.
            inside = inside.plusDays(1);
        }
        graphQl(
                "admin.platform",
                SET,
                Map.of(
                        "input",
                        Map.of(
                                "day",
                                inside.toString(),
                                "kind",
                                "HOLIDAY",
                                "name",
                                "Ngày nghỉ thử",
                                "source",
                                "test")));
        redating.redateAll();

        Response after = graphQl(
                "officer.hoankiem",
                "query($id: ID!) { petition(id: $id) { version deadline { dueOn } } }",
                Map.of("id", id));
        assertThat(LocalDate.parse(after.read("$.data.petition.deadline.dueOn")))
                .isAfter(due);
        assertThat(after.<Integer>read("$.data.petition.version")).isEqualTo(1);

        graphQl(
                "admin.platform",
                "mutation($d: Date!) { removePublicHoliday(day: $d) }",
                Map.of("d", inside.toString()));
        redating.redateAll();
        Response restored = graphQl(
                "officer.hoankiem", "query($id: ID!) { petition(id: $id) { deadline { dueOn } } }", Map.of("id", id));
        assertThat(restored.<String>read("$.data.petition.deadline.dueOn")).isEqualTo(due.toString());
    }
}
