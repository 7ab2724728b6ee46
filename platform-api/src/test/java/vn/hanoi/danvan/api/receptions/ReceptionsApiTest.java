package vn.hanoi.danvan.api.receptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.api.graphql.GlobalId;

class ReceptionsApiTest extends ReceptionDesk {

    static final String CALENDAR = """
            query($year: Int!, $month: Int!) {
              receptionCalendar(year: $year, month: $month) {
                id heldOn startsAt status presiderOffice countsFor entryCount peopleReceived
                entries { sequenceNumber groupSize visitors { fullName } }
              }
            }
            """;

    @Autowired
    JdbcClient sql;

    @Test
    void aSessionIsPlannedHeldAndShownInItsMonthsCalendarWithItsEntries() {
        Map<String, Object> planned = planned("officer.hoankiem", "2026-10-06", "CHAIRMAN", "LEADER_PERIODIC");
        Response before = graphQl("officer.hoankiem", CALENDAR, Map.of("year", 2026, "month", 10));
        assertThat(before.<List<String>>read("$.data.receptionCalendar[?(@.status == 'PLANNED')].id"))
                .contains((String) planned.get("id"));

        Response held =
                graphQl("officer.hoankiem", HOLD, Map.of("id", planned.get("id"), "version", planned.get("version")));
        assertThat(held.<String>read("$.data.holdReceptionSession.status")).isEqualTo("HELD");
        assertThat(held.<String>read("$.data.holdReceptionSession.countsFor")).isEqualTo("CHAIRMAN");
        String name = unique("Lê Thị Hoa");
        Response recorded = record(
                "officer.hoankiem",
                entry(
                        (String) planned.get("id"),
                        name,
                        Map.of(
                                "groupSize",
                                6,
                                "visitors",
                                List.of(
                                        Map.of("fullName", name, "representative", true),
                                        Map.of("fullName", "Phạm Văn Đức")))));
        assertThat(recorded.errorCode()).as(recorded.body()).isNull();
        assertThat(recorded.<Boolean>read("$.data.recordReceptionEntry.entry.groupEntry"))
                .isTrue();

        Response after = graphQl("officer.hoankiem", CALENDAR, Map.of("year", 2026, "month", 10));
        List<Map<String, Object>> sessions =
                after.read("$.data.receptionCalendar[?(@.id == '" + planned.get("id") + "')]");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.getFirst())
                .containsEntry("heldOn", "2026-10-06")
                .containsEntry("startsAt", "08:00")
                .containsEntry("entryCount", 1)
                .containsEntry("peopleReceived", 6);
        assertThat(after.body()).contains(name);
        Response november = graphQl("officer.hoankiem", CALENDAR, Map.of("year", 2026, "month", 11));
        assertThat(november.body()).doesNotContain((String) planned.get("id"));
    }

    @Test
    void aCancelledSessionKeepsItsReasonAndTakesNoEntriesAndAStaleVersionConflicts() {
        Map<String, Object> planned = planned("officer.hoankiem", "2026-10-13", "PARTY_SECRETARY", "LEADER_PERIODIC");
        Response noReason = graphQl(
                "officer.hoankiem",
                CANCEL,
                Map.of("id", planned.get("id"), "version", planned.get("version"), "reason", " "));
        assertThat(noReason.errorCode()).isEqualTo("BAD_USER_INPUT");

        Response cancelled = graphQl(
                "officer.hoankiem",
                CANCEL,
                Map.of("id", planned.get("id"), "version", planned.get("version"), "reason", "Bí thư đi công tác"));
        assertThat(cancelled.<String>read("$.data.cancelReceptionSession.status"))
                .isEqualTo("CANCELLED");
        assertThat(cancelled.<String>read("$.data.cancelReceptionSession.cancelReason"))
                .isEqualTo("Bí thư đi công tác");

        Response stale =
                graphQl("officer.hoankiem", HOLD, Map.of("id", planned.get("id"), "version", planned.get("version")));
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        Response entry = record("officer.hoankiem", entry((String) planned.get("id"), "Ngô Văn Bình", Map.of()));
        assertThat(entry.errorCode()).isEqualTo("CONFLICT");
    }

    @Test
    void aFutureSessionCannotBeHeldAndBadInputIsNamed() {
        Map<String, Object> future = planned("officer.hoankiem", "2031-01-07", "OFFICER", "REGULAR");
        Response held =
                graphQl("officer.hoankiem", HOLD, Map.of("id", future.get("id"), "version", future.get("version")));
        assertThat(held.errorCode()).isEqualTo("BAD_USER_INPUT");

        Response month = graphQl("officer.hoankiem", CALENDAR, Map.of("year", 2026, "month", 13));
        assertThat(month.errorCode()).isEqualTo("BAD_USER_INPUT");
        Response noPlace = graphQl(
                "officer.hoankiem",
                PLAN,
                Map.of(
                        "input",
                        Map.of(
                                "kind", "REGULAR",
                                "heldOn", "2026-10-20",
                                "startsAt", "8h",
                                "presiderOffice", "OFFICER",
                                "presiderName", "Nguyễn Thị Lan")));
        assertThat(noPlace.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(noPlace.<String>read("$.errors[0].extensions.field")).isEqualTo("input.startsAt");
    }

    @Test
    void sequenceNumbersAreUniqueAndGapFreeUnderConcurrentRegistration() throws Exception {
        // 2024 is this test's own year in this unit: nothing else registers in it.
        String session = heldSession("officer.00008", "2024-03-05", "CHAIRMAN", "LEADER_PERIODIC");
        int attempts = 30;
        List<Future<Response>> calls = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < attempts; i++) {
                // Every third registration fails after it took its number: its petition has no subject.
                Map<String, Object> extra =
                        i % 3 == 2 ? Map.of("petitions", List.of(matter("COMPLAINT", " "))) : Map.of();
                Map<String, Object> input = entry(session, "Khách " + i, extra);
                calls.add(pool.submit(() -> record("officer.00008", input)));
            }
        }
        List<Integer> numbers = new ArrayList<>();
        int failed = 0;
        for (Future<Response> call : calls) {
            Response response = call.resultNow();
            if (response.errorCode() == null) {
                numbers.add(response.read("$.data.recordReceptionEntry.entry.sequenceNumber"));
            } else {
                assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
                failed++;
            }
        }
        assertThat(failed).isEqualTo(10);
        assertThat(numbers)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 20).boxed().toList());

        Response register = graphQl(
                "officer.00008",
                "{ receptionRegister(year: 2024, first: 15) { totalCount pageInfo { hasNextPage endCursor }"
                        + " edges { node { sequenceNumber } } } }");
        assertThat(register.<Integer>read("$.data.receptionRegister.totalCount"))
                .isEqualTo(20);
        assertThat(register.<List<Integer>>read("$.data.receptionRegister.edges[*].node.sequenceNumber"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 15).boxed().toList());
        Response next = graphQl(
                "officer.00008",
                "query($after: String) { receptionRegister(year: 2024, after: $after) {"
                        + " edges { node { sequenceNumber } } } }",
                Map.of("after", register.read("$.data.receptionRegister.pageInfo.endCursor")));
        assertThat(next.<List<Integer>>read("$.data.receptionRegister.edges[*].node.sequenceNumber"))
                .containsExactly(16, 17, 18, 19, 20);
    }

    @Test
    void creatingPetitionsFromAnEntryIsAtomic() {
        String session = heldSession("officer.hoankiem", "2026-09-08", "OFFICER", "REGULAR");
        String subject = unique("Lấn chiếm lối đi chung");
        long facts = facts();

        // The first matter's petition is written before the second is found bad: all rolls back.
        Response failed = record(
                "officer.hoankiem",
                entry(
                        session,
                        "Đặng Văn Hùng",
                        Map.of("petitions", List.of(matter("COMPLAINT", subject), matter("REFLECTION", " ")))));
        assertThat(failed.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(petitionsAbout(subject)).isZero();
        assertThat(facts()).isEqualTo(facts);

        Response recorded = record("officer.hoankiem", entry(session, "Đặng Văn Hùng", Map.of()));
        String entryId = recorded.read("$.data.recordReceptionEntry.entry.id");
        int version = recorded.read("$.data.recordReceptionEntry.entry.version");
        Response half = graphQl(
                "officer.hoankiem",
                RAISE,
                Map.of(
                        "id",
                        entryId,
                        "version",
                        version,
                        "matters",
                        List.of(matter("COMPLAINT", subject), matter("DENUNCIATION", ""))));
        assertThat(half.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(petitionsAbout(subject)).isZero();
        Response unchanged = graphQl("officer.hoankiem", ENTRY, Map.of("id", entryId));
        assertThat(unchanged.<Integer>read("$.data.receptionEntry.version")).isEqualTo(version);
        assertThat(unchanged.<Boolean>read("$.data.receptionEntry.confidential"))
                .isFalse();
        assertThat(unchanged.<List<Object>>read("$.data.receptionEntry.petitions"))
                .isEmpty();
        assertThat(sql.sql(
                                "select cardinality(petition_ids) from platform.reception_entry_fact where unit_code = '00070'"
                                        + " and entry_id = :id")
                        .param("id", localId(entryId))
                        .query(Integer.class)
                        .single())
                .isZero();

        Response raised = graphQl(
                "officer.hoankiem",
                RAISE,
                Map.of("id", entryId, "version", version, "matters", List.of(matter("COMPLAINT", subject))));
        assertThat(raised.errorCode()).as(raised.body()).isNull();
        assertThat(petitionsAbout(subject)).isEqualTo(1);
        Response again = graphQl(
                "officer.hoankiem",
                RAISE,
                Map.of("id", entryId, "version", version, "matters", List.of(matter("COMPLAINT", subject))));
        assertThat(again.errorCode()).isEqualTo("CONFLICT");
        assertThat(petitionsAbout(subject)).isEqualTo(1);
    }

    @Test
    void theMattersRaisedBecomePetitionsWithTheEntrysDataLinkedBothWays() {
        String session = heldSession("officer.hoankiem", "2026-09-15", "CHAIRMAN", "LEADER_PERIODIC");
        String name = unique("Bùi Thị Thảo");
        Response recorded = record(
                "officer.hoankiem",
                entry(
                        session,
                        name,
                        Map.of(
                                "matterKinds",
                                List.of("RECOMMENDATION"),
                                "petitions",
                                List.of(Map.of(
                                        "kinds",
                                        List.of("COMPLAINT", "REFLECTION"),
                                        "subject",
                                        unique("Thu hồi đất không đúng diện tích"))))));
        assertThat(recorded.errorCode()).as(recorded.body()).isNull();
        assertThat(recorded.<List<String>>read("$.data.recordReceptionEntry.petitions[*].kind"))
                .containsExactly("COMPLAINT", "REFLECTION");
        assertThat(recorded.<List<String>>read("$.data.recordReceptionEntry.petitions[*].channel"))
                .containsOnly("IN_PERSON");
        assertThat(recorded.<List<String>>read("$.data.recordReceptionEntry.receipts[*].trackingCode"))
                .hasSize(2)
                .allSatisfy(code -> assertThat(code).startsWith("00070-"));
        assertThat(recorded.<List<String>>read("$.data.recordReceptionEntry.entry.matterKinds"))
                .containsExactlyInAnyOrder("RECOMMENDATION", "COMPLAINT", "REFLECTION");

        String entryId = recorded.read("$.data.recordReceptionEntry.entry.id");
        Response entry = graphQl("officer.hoankiem", ENTRY, Map.of("id", entryId));
        assertThat(entry.<List<String>>read("$.data.receptionEntry.petitions[*].receptionEntry.id"))
                .containsExactly(entryId, entryId);
        assertThat(entry.<List<String>>read("$.data.receptionEntry.petitions[*].petitioners[0].fullName"))
                .containsOnly(name);
        assertThat(entry.<String>read("$.data.receptionEntry.session.id")).isEqualTo(session);
        assertThat(sql.sql(
                                "select cardinality(petition_ids) from platform.reception_entry_fact where unit_code = '00070'"
                                        + " and entry_id = :id")
                        .param("id", localId(entryId))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anOfficerOfAnotherUnitCannotReadOrWriteTheSessionsOrEntries() {
        String session = heldSession("officer.hoankiem", "2026-09-22", "OFFICER", "REGULAR");
        String name = unique("Hồ Văn Sơn");
        Response recorded = record("officer.hoankiem", entry(session, name, Map.of()));
        String entryId = recorded.read("$.data.recordReceptionEntry.entry.id");
        int version = recorded.read("$.data.recordReceptionEntry.entry.version");

        String other = "officer.badinh";
        assertThat(graphQl(other, "query($id: ID!) { receptionSession(id: $id) { id } }", Map.of("id", session))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(graphQl(other, ENTRY, Map.of("id", entryId)).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(graphQl(other, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", entryId))
                        .<Object>read("$.data.node"))
                .isNull();
        assertThat(graphQl(other, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", session))
                        .<Object>read("$.data.node"))
                .isNull();
        Response calendar = graphQl(other, CALENDAR, Map.of("year", 2026, "month", 9));
        assertThat(calendar.body()).doesNotContain(session).doesNotContain(name);

        assertThat(record(other, entry(session, "Người lạ", Map.of())).errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(graphQl(other, HOLD, Map.of("id", session, "version", 2)).errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(graphQl(other, CANCEL, Map.of("id", session, "version", 2, "reason", "x"))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(graphQl(
                                other,
                                RAISE,
                                Map.of(
                                        "id",
                                        entryId,
                                        "version",
                                        version,
                                        "matters",
                                        List.of(matter("COMPLAINT", "Không được phép"))))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        Response supervisor = graphQl("supervisor.city", CALENDAR, Map.of("year", 2026, "month", 9));
        assertThat(supervisor.errorCode()).isEqualTo("FORBIDDEN");
        Response owner = graphQl("officer.hoankiem", ENTRY, Map.of("id", entryId));
        assertThat(owner.<Integer>read("$.data.receptionEntry.version")).isEqualTo(version);
    }

    @Test
    void aNoticeOfConclusionsFollowsAHeldSessionALeaderPresided() {
        String session = heldSession("officer.hoankiem", "2026-08-04", "PARTY_SECRETARY", "DIALOGUE");
        Response recorded = record("officer.hoankiem", entry(session, "Dương Văn Quân", Map.of()));
        String entryId = recorded.read("$.data.recordReceptionEntry.entry.id");
        String issue = """
                mutation($session: ID!, $input: ReceptionConclusionNoticeInput!) {
                  issueReceptionConclusionNotice(sessionId: $session, input: $input) { id text addressees issuedOn entryIds }
                }
                """;
        Response notice = graphQl(
                "officer.hoankiem",
                issue,
                Map.of(
                        "session",
                        session,
                        "input",
                        Map.of(
                                "text",
                                "Giao phòng Kinh tế kiểm tra, trả lời công dân trong 10 ngày làm việc.",
                                "addressees",
                                List.of("Phòng Kinh tế", "Văn phòng HĐND-UBND"),
                                "issuedOn",
                                "2026-08-06",
                                "entryIds",
                                List.of(entryId))));
        assertThat(notice.errorCode()).as(notice.body()).isNull();
        assertThat(notice.<List<String>>read("$.data.issueReceptionConclusionNotice.entryIds"))
                .containsExactly(entryId);
        Response shown = graphQl(
                "officer.hoankiem",
                "query($id: ID!) { receptionSession(id: $id) { conclusionNotices { text addressees } } }",
                Map.of("id", session));
        assertThat(shown.<List<String>>read("$.data.receptionSession.conclusionNotices[0].addressees"))
                .containsExactly("Phòng Kinh tế", "Văn phòng HĐND-UBND");

        String officers = heldSession("officer.hoankiem", "2026-08-05", "OFFICER", "REGULAR");
        Response refused = graphQl(
                "officer.hoankiem",
                issue,
                Map.of(
                        "session",
                        officers,
                        "input",
                        Map.of("text", "Kết luận", "addressees", List.of("Phòng Kinh tế"))));
        assertThat(refused.errorCode()).isEqualTo("CONFLICT");
        Response otherSession = graphQl(
                "officer.hoankiem",
                issue,
                Map.of(
                        "session",
                        heldSession("officer.hoankiem", "2026-08-07", "CHAIRMAN", "LEADER_PERIODIC"),
                        "input",
                        Map.of(
                                "text",
                                "Kết luận",
                                "addressees",
                                List.of("Phòng Kinh tế"),
                                "entryIds",
                                List.of(entryId))));
        assertThat(otherSession.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    private int petitionsAbout(String subject) {
        return sql.sql("select count(*) from unit_00070.petition where subject = :subject")
                .param("subject", subject)
                .query(Integer.class)
                .single();
    }

    private long facts() {
        return sql.sql("select (select count(*) from platform.petition_fact) + (select count(*) from"
                        + " platform.reception_entry_fact)")
                .query(Long.class)
                .single();
    }

    static long localId(String globalId) {
        return Long.parseLong(GlobalId.decode(globalId).key());
    }
}
