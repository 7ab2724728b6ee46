package vn.hanoi.danvan.api.receptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The leaders' duty to receive citizens, judged month by month against hand-computed figures, in
 * a unit no other test touches (Đống Đa, 00235). June 2026 is judged by the weekly rule for the
 * chairman, July 2026 by the two-days-a-month rule in force from 2026-07-01; the Party secretary's
 * two days a month hold in both. The sessions:
 *
 * <pre>
 *  May 29 Fri  chairman, held                 (week of Thu May 28: May's)
 *  Jun  2 Tue  chairman, held                 week 1 (Jun 1-7)
 *  Jun  5 Fri  secretary, held
 *  Jun  9 Tue  chairman, held                 week 2 (Jun 8-14)
 *  Jun 11 Thu  chairman, held                 week 2
 *  Jun 12 Fri  deputy secretary, held         (does not count)
 *  Jun 16 Tue  vice-chairman, held            week 3 (Jun 15-21): does not count
 *  Jun 18 Thu  chairman, cancelled            week 3: does not count
 *  Jun 19 Fri  secretary, held
 *  Jun 23 Tue  chairman, held                 week 4 (Jun 22-28)
 *  Jun 30 Tue  chairman, held                 (week of Thu Jul 2: July's, judged monthly there)
 *  Jul  3 Fri  secretary, held
 *  Jul  7 Tue  chairman, held, twice          one day
 *  Jul 14 Tue  chairman, cancelled
 *  Jul 21 Tue  vice-chairman, held
 *  Jul 24 Fri  secretary, held
 *  Jul 28 Tue  secretary, planned, never held
 * </pre>
 */
class ReceptionComplianceTest extends ReceptionDesk {

    static final String UNIT_OFFICER = "officer.00235";

    static final String COMPLIANCE = """
            query($year: Int!, $month: Int!) {
              receptionCompliance(year: $year, month: $month) {
                unitCode met
                offices {
                  office requiredDays heldDays met shortPeriods
                  rule { period minDays effectiveFrom legalBasis }
                  periods { from to requiredDays heldDays met }
                  sessions { heldOn presiderOffice status }
                }
              }
            }
            """;

    private static boolean seeded;

    @Autowired
    JdbcClient sql;

    @BeforeEach
    void sessions() {
        if (seeded) {
            return;
        }
        seeded = true;
        held("2026-05-29", "CHAIRMAN");
        String june2 = held("2026-06-02", "CHAIRMAN");
        held("2026-06-05", "PARTY_SECRETARY");
        held("2026-06-09", "CHAIRMAN");
        held("2026-06-11", "CHAIRMAN");
        held("2026-06-12", "DEPUTY_PARTY_SECRETARY");
        held("2026-06-16", "VICE_CHAIRMAN");
        cancelled(UNIT_OFFICER, "2026-06-18", "CHAIRMAN");
        held("2026-06-19", "PARTY_SECRETARY");
        held("2026-06-23", "CHAIRMAN");
        held("2026-06-30", "CHAIRMAN");
        held("2026-07-03", "PARTY_SECRETARY");
        held("2026-07-07", "CHAIRMAN");
        held("2026-07-07", "CHAIRMAN");
        cancelled(UNIT_OFFICER, "2026-07-14", "CHAIRMAN");
        held("2026-07-21", "VICE_CHAIRMAN");
        held("2026-07-24", "PARTY_SECRETARY");
        planned(UNIT_OFFICER, "2026-07-28", "PARTY_SECRETARY", "LEADER_PERIODIC");

        // Two entries on June 2, for the reports: one person with a complaint made a petition, and a
        // group of six with a recommendation and a reflection.
        assertThat(record(
                                UNIT_OFFICER,
                                entry(
                                        june2,
                                        "Trương Văn Lực",
                                        Map.of(
                                                "matterKinds",
                                                List.of("COMPLAINT"),
                                                "petitions",
                                                List.of(matter(
                                                        "COMPLAINT", unique("Khiếu nại quyết định thu hồi đất"))))))
                        .errorCode())
                .isNull();
        assertThat(record(
                                UNIT_OFFICER,
                                entry(
                                        june2,
                                        "Mai Thị Nga",
                                        Map.of(
                                                "groupSize",
                                                6,
                                                "visitors",
                                                List.of(
                                                        Map.of("fullName", "Mai Thị Nga", "representative", true),
                                                        Map.of("fullName", "Mai Văn Tùng")),
                                                "matterKinds",
                                                List.of("RECOMMENDATION", "REFLECTION"))))
                        .errorCode())
                .isNull();
    }

    private String held(String day, String office) {
        return heldSession(UNIT_OFFICER, day, office, "LEADER_PERIODIC");
    }

    private Map<String, Object> office(Response response, String office) {
        List<Map<String, Object>> found =
                response.read("$.data.receptionCompliance.offices[?(@.office == '" + office + "')]");
        assertThat(found).as(response.body()).hasSize(1);
        return found.getFirst();
    }

    @Test
    void juneIsJudgedWeekByWeekAndTheWeekWithOnlyADeputyAndACancelledSessionFallsShort() {
        Response june = graphQl(UNIT_OFFICER, COMPLIANCE, Map.of("year", 2026, "month", 6));
        assertThat(june.<String>read("$.data.receptionCompliance.unitCode")).isEqualTo("00235");
        assertThat(june.<Boolean>read("$.data.receptionCompliance.met")).isFalse();

        Map<String, Object> chairman = office(june, "CHAIRMAN");
        assertThat(chairman)
                .containsEntry("requiredDays", 4)
                .containsEntry("heldDays", 4)
                .containsEntry("shortPeriods", 1)
                .containsEntry("met", false);
        assertThat(june.<List<String>>read("$.data.receptionCompliance.offices[?(@.office == 'CHAIRMAN')].rule.period"))
                .containsExactly("WEEK");
        assertThat(june.<List<String>>read(
                        "$.data.receptionCompliance.offices[?(@.office == 'CHAIRMAN')].periods[*].from"))
                .containsExactly("2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22");
        assertThat(june.<List<Integer>>read(
                        "$.data.receptionCompliance.offices[?(@.office == 'CHAIRMAN')].periods[*].heldDays"))
                .containsExactly(1, 2, 0, 1);
        assertThat(june.<List<String>>read(
                        "$.data.receptionCompliance.offices[?(@.office == 'CHAIRMAN')].sessions[*].heldOn"))
                .containsExactly("2026-06-02", "2026-06-09", "2026-06-11", "2026-06-23");

        Map<String, Object> secretary = office(june, "PARTY_SECRETARY");
        assertThat(secretary)
                .containsEntry("requiredDays", 2)
                .containsEntry("heldDays", 2)
                .containsEntry("met", true);
        assertThat(june.<List<String>>read(
                        "$.data.receptionCompliance.offices[?(@.office == 'PARTY_SECRETARY')].sessions[*].heldOn"))
                .containsExactly("2026-06-05", "2026-06-19");
    }

    @Test
    void fromJulyTheChairmanOwesTwoDaysAMonthAndTwoSessionsOnOneDayAreOneDay() {
        Response july = graphQl(UNIT_OFFICER, COMPLIANCE, Map.of("year", 2026, "month", 7));
        Map<String, Object> chairman = office(july, "CHAIRMAN");
        assertThat(chairman)
                .containsEntry("requiredDays", 2)
                .containsEntry("heldDays", 1)
                .containsEntry("met", false);
        assertThat(july.<List<String>>read("$.data.receptionCompliance.offices[?(@.office == 'CHAIRMAN')].rule.period"))
                .containsExactly("MONTH");
        assertThat(july.<List<String>>read(
                        "$.data.receptionCompliance.offices[?(@.office == 'CHAIRMAN')].rule.effectiveFrom"))
                .containsExactly("2026-07-01");
        assertThat(july.<List<String>>read(
                        "$.data.receptionCompliance.offices[?(@.office == 'CHAIRMAN')].sessions[*].heldOn"))
                .containsExactly("2026-07-07", "2026-07-07");

        Map<String, Object> secretary = office(july, "PARTY_SECRETARY");
        assertThat(secretary)
                .containsEntry("requiredDays", 2)
                .containsEntry("heldDays", 2)
                .containsEntry("met", true);
    }

    @Test
    void mayHasOneWeekOfFour() {
        Response may = graphQl(UNIT_OFFICER, COMPLIANCE, Map.of("year", 2026, "month", 5));
        assertThat(office(may, "CHAIRMAN"))
                .containsEntry("requiredDays", 4)
                .containsEntry("heldDays", 1)
                .containsEntry("shortPeriods", 3);
        assertThat(office(may, "PARTY_SECRETARY")).containsEntry("heldDays", 0).containsEntry("met", false);
    }

    @Test
    void theCitysFactsGiveTheSameVerdictWithoutTheUnitsSchema() {
        // The query an oversight scorecard runs for a monthly rule: platform tables only.
        List<Map<String, Object>> fromFacts = sql.sql("""
                        select r.office, r.min_days, count(distinct f.held_on) filter (where f.status = 'HELD') as held
                          from platform.reception_frequency_rule r
                          left join platform.reception_session_fact f
                            on f.presider_office = r.office and f.unit_code = :unit
                           and f.held_on between :from and :to
                         where r.period = 'MONTH' and r.effective_from <= :from
                           and (r.effective_to is null or r.effective_to > :from)
                         group by r.office, r.min_days order by r.office
                        """)
                .param("unit", "00235")
                .param("from", LocalDate.of(2026, 7, 1))
                .param("to", LocalDate.of(2026, 7, 31))
                .query()
                .listOfRows();
        assertThat(fromFacts)
                .extracting(row -> row.get("office") + ":" + row.get("min_days") + ":" + row.get("held"))
                .containsExactly("CHAIRMAN:2:1", "PARTY_SECRETARY:2:2");

        Response july = graphQl(UNIT_OFFICER, COMPLIANCE, Map.of("year", 2026, "month", 7));
        assertThat(office(july, "CHAIRMAN")).containsEntry("heldDays", 1).containsEntry("requiredDays", 2);
        assertThat(office(july, "PARTY_SECRETARY")).containsEntry("heldDays", 2).containsEntry("requiredDays", 2);
        String facts = sql.sql("select string_agg(row_to_json(f)::text, ' ') from platform.reception_session_fact f"
                        + " where unit_code = '00235'")
                .query(String.class)
                .single();
        assertThat(facts).doesNotContain("Trần Văn Minh").doesNotContain("Trụ sở");
    }

    @Test
    void reportsCountSessionsPeopleGroupsMattersAndPetitionsOverEachPeriod() {
        String report = """
                query($period: ReceptionReportPeriod!, $number: Int) {
                  receptionReport(period: $period, year: 2026, number: $number) {
                    from to sessionsHeld leaderSessionsHeld sessionsCancelled entries peopleReceived groupsReceived
                    mattersByKind { kind count } petitionsCreated petitionsResolved shareResolved
                  }
                }
                """;
        Response june = graphQl(UNIT_OFFICER, report, Map.of("period", "MONTH", "number", 6));
        Map<String, Object> figures = june.read("$.data.receptionReport");
        assertThat(figures)
                .containsEntry("from", "2026-06-01")
                .containsEntry("to", "2026-06-30")
                .containsEntry("sessionsHeld", 9)
                .containsEntry("leaderSessionsHeld", 7)
                .containsEntry("sessionsCancelled", 1)
                .containsEntry("entries", 2)
                .containsEntry("peopleReceived", 7)
                .containsEntry("groupsReceived", 1)
                .containsEntry("petitionsCreated", 1)
                .containsEntry("petitionsResolved", 0)
                .containsEntry("shareResolved", 0.0);
        assertThat(june.<List<String>>read("$.data.receptionReport.mattersByKind[*].kind"))
                .containsExactly("COMPLAINT", "RECOMMENDATION", "REFLECTION");

        assertThat(graphQl(UNIT_OFFICER, report, Map.of("period", "QUARTER", "number", 2))
                        .<Integer>read("$.data.receptionReport.sessionsHeld"))
                .isEqualTo(10);
        assertThat(graphQl(UNIT_OFFICER, report, Map.of("period", "SIX_MONTHS"))
                        .<Integer>read("$.data.receptionReport.sessionsHeld"))
                .isEqualTo(10);
        Response nine = graphQl(UNIT_OFFICER, report, Map.of("period", "NINE_MONTHS"));
        assertThat(nine.<Integer>read("$.data.receptionReport.sessionsHeld")).isEqualTo(15);
        assertThat(nine.<Integer>read("$.data.receptionReport.sessionsCancelled"))
                .isEqualTo(2);
        assertThat(graphQl(UNIT_OFFICER, report, Map.of("period", "YEAR"))
                        .<Integer>read("$.data.receptionReport.sessionsHeld"))
                .isEqualTo(15);
        Response august = graphQl(UNIT_OFFICER, report, Map.of("period", "MONTH", "number", 8));
        assertThat(august.<Object>read("$.data.receptionReport.shareResolved")).isNull();
        assertThat(graphQl(UNIT_OFFICER, report, Map.of("period", "QUARTER", "number", 5))
                        .errorCode())
                .isEqualTo("BAD_USER_INPUT");
    }
}
