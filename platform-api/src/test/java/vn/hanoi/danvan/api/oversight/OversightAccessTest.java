package vn.hanoi.danvan.api.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.admin.FactDrift;
import vn.hanoi.danvan.admin.PetitionFactRebuild;
import vn.hanoi.danvan.admin.UnitRegistry;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.petitions.PetitionCalendar;
import vn.hanoi.danvan.api.redis.Redis;

/** Who may ask, what never comes out, and how the cache follows the writes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightAccessTest extends ApiTest {

    static final String UNIT = "00292";
    static final String OFFICER = "officer." + UNIT;
    static final String NAME = "Lưu Thị Bí Mật";
    static final String ADDRESS = "Số 99 ngõ Kín, phố Ẩn Danh";
    static final String NATIONAL_ID = "001299045678";
    static final String DENOUNCER = "Trịnh Văn Tố Giác";
    static final String DENOUNCER_ID = "001088776655";
    static final String MATTER = "Nội dung riêng tư Zeta";

    static final String RECEIVE = """
            mutation($input: ReceivePetitionInput!) { receivePetition(input: $input) { petitions { id } } }
            """;

    static final String EVERYTHING = """
            query($period: OversightPeriodInput!) {
              oversight(period: $period) {
                scorecards { unitCode unitName received overdue }
                statistics(groupBy: [UNIT, KIND, CHANNEL, STATE, MONTH]) { unitCode unitName kind channel state month petitions }
                trend { month received resolved }
                overdueCases(dueWithinDays: 30, first: 200) { totalCount edges { node { id unitCode petitionId kind state dueOn } } }
              }
            }
            """;

    @Autowired
    DataSource dataSource;

    @Autowired
    PetitionCalendar calendar;

    @Autowired
    Redis redis;

    YearMonth month;

    @BeforeAll
    void petitionsWithPersonalData() {
        month = YearMonth.from(calendar.today());
        receive("COMPLAINT", NAME, ADDRESS, NATIONAL_ID);
        receive("DENUNCIATION", DENOUNCER, "Số 1 phố Tố Giác", DENOUNCER_ID);
        new UnitSchemaFigures(dataSource).seed(UNIT, 80, 7, calendar.today());
    }

    private void receive(String kind, String name, String address, String nationalId) {
        Map<String, Object> petitioner = new java.util.HashMap<>(Map.of("fullName", name, "address", address));
        if (nationalId != null) {
            petitioner.put("nationalId", nationalId);
        }
        Response response = graphQl(
                OFFICER,
                OversightAccessTest.RECEIVE,
                Map.of(
                        "input",
                        Map.of(
                                "kinds",
                                List.of(kind),
                                "channel",
                                "IN_PERSON",
                                "subject",
                                MATTER,
                                "matter",
                                MATTER + " của " + name,
                                "petitioners",
                                List.of(petitioner))));
        assertThat(response.errorCode()).as(response.body()).isNull();
    }

    private Map<String, Object> thisYear() {
        return Map.of("period", Map.of("from", month.minusMonths(11).toString(), "to", month.toString()));
    }

    @Test
    void unitStaffAndPlatformAdminsAreForbiddenAndStrangersUnauthenticated() {
        for (String user : List.of("officer.hoankiem", "leader.hoankiem", OFFICER, "admin.platform")) {
            Response response = graphQl(user, EVERYTHING, thisYear());
            assertThat(response.errorCode()).as(user).isEqualTo("FORBIDDEN");
            assertThat(response.<Object>read("$.data")).as(user).isNull();
            Download export = get("/api/oversight/scorecards.csv?from=2026-01&to=2026-06", user);
            assertThat(export.status()).isEqualTo(403);
            assertThat(export.text()).contains("\"code\":\"FORBIDDEN\"");
        }
        assertThat(graphQl(null, EVERYTHING, thisYear()).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(get("/api/oversight/statistics.xlsx?from=2026-01&to=2026-06", null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void noResponseOrExportCarriesPersonalData() throws IOException {
        Response response = graphQl("supervisor.city", EVERYTHING, thisYear());
        assertThat(response.errorCode()).as(response.body()).isNull();
        assertThat(response.body()).contains(UNIT);
        assertNoPersonalData(response.body());

        String caseId = response.read("$.data.oversight.overdueCases.edges[0].node.id");
        assertNoPersonalData(
                graphQl("supervisor.city", "query($id: ID!) { node(id: $id) { id } }", Map.of("id", caseId))
                        .body());

        String query = "from=" + month.minusMonths(11) + "&to=" + month;
        for (String path : List.of(
                "/api/oversight/scorecards.csv?" + query,
                "/api/oversight/statistics.csv?groupBy=UNIT,KIND,CHANNEL,STATE,MONTH&" + query)) {
            Download csv = get(path, "supervisor.city");
            assertThat(csv.status()).as(csv.text()).isEqualTo(200);
            assertThat(csv.text()).contains(UNIT);
            assertNoPersonalData(csv.text());
        }
        for (String path : List.of(
                "/api/oversight/scorecards.xlsx?" + query,
                "/api/oversight/statistics.xlsx?groupBy=UNIT,KIND,CHANNEL,STATE,MONTH&" + query)) {
            Download xlsx = get(path, "supervisor.city");
            assertThat(xlsx.status()).isEqualTo(200);
            String unzipped = unzipped(xlsx.bytes());
            assertThat(unzipped).contains(UNIT);
            assertNoPersonalData(unzipped);
        }
    }

    @Test
    void exportsCarryTheScorecardsUnderVietnameseHeaders() throws IOException {
        String query = "?from=" + month + "&to=" + month + "&units=" + UNIT + ",00025&orderBy=RECEIVED&direction=DESC";
        Response graph = graphQl(
                "supervisor.city",
                """
                query($period: OversightPeriodInput!) {
                  oversight(period: $period, units: ["%s", "00025"]) { scorecards(orderBy: RECEIVED) { unitCode received } }
                }
                """.formatted(UNIT),
                Map.of("period", Map.of("from", month.toString(), "to", month.toString())));
        List<String> codes = graph.read("$.data.oversight.scorecards[*].unitCode");
        List<Integer> received = graph.read("$.data.oversight.scorecards[*].received");

        Download csv = get("/api/oversight/scorecards.csv" + query, "supervisor.city");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines.getFirst()).startsWith("\uFEFFHạng,Mã đơn vị,Tên đơn vị,Loại đơn vị,Tổng số đơn tiếp nhận");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("1," + codes.get(0) + ",").contains("," + received.get(0) + ",");

        Download xlsx = get("/api/oversight/scorecards.xlsx" + query, "supervisor.city");
        assertThat(xlsx.headers().get("content-type")).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Mã đơn vị");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo(codes.get(0));
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue())
                    .isEqualTo(received.get(0).doubleValue());
        }
        assertThat(get("/api/oversight/scorecards.pdf" + query, "supervisor.city")
                        .status())
                .isEqualTo(400);
        assertThat(get("/api/oversight/statistics.csv?from=2026-13&to=2026-01", "supervisor.city")
                        .text())
                .contains("BAD_USER_INPUT");
    }

    @Test
    void aDrillDownOpensTheCaseRowForTheCityAndThePetitionOnlyForItsUnit() {
        Response response = graphQl("supervisor.city", EVERYTHING, thisYear());
        Map<String, Object> row = response.read("$.data.oversight.overdueCases.edges[0].node");
        String node =
                "query($id: ID!) { node(id: $id) { id ... on OverdueCase { unitCode dueOn } ... on Petition { subject } } }";

        Response asCity = graphQl("supervisor.city", node, Map.of("id", row.get("id")));
        assertThat(asCity.<String>read("$.data.node.unitCode")).isEqualTo(row.get("unitCode"));
        assertThat(asCity.<String>read("$.data.node.dueOn")).isEqualTo(row.get("dueOn"));
        assertThat(graphQl("supervisor.city", node, Map.of("id", row.get("petitionId")))
                        .<Object>read("$.data.node"))
                .isNull();

        String staff = "officer." + row.get("unitCode");
        assertThat(graphQl(staff, node, Map.of("id", row.get("id"))).<Object>read("$.data.node"))
                .isNull();
        assertThat(graphQl(staff, node, Map.of("id", row.get("petitionId"))).<String>read("$.data.node.id"))
                .isEqualTo(row.get("petitionId"));
    }

    @Test
    void aCachedFigureIsServedUntilAWriteCommitsAndNeverAfter() {
        String query = """
                query($period: OversightPeriodInput!) {
                  oversight(period: $period, units: ["%s"]) { scorecards { received } }
                }
                """.formatted(UNIT);
        Map<String, Object> period = Map.of("period", Map.of("from", month.toString(), "to", month.toString()));
        int before = graphQl("supervisor.city", query, period).<Integer>read("$.data.oversight.scorecards[0].received");
        Set<String> keys = redis.call(jedis -> jedis.keys(redis.key("oversight", "scorecards", "*")))
                .orElseThrow();
        assertThat(keys).isNotEmpty();

        // A summary changed behind the trigger's back raises no generation: the cached figure stays.
        JdbcClient sql = JdbcClient.create(dataSource);
        String tamper =
                "update platform.petition_month set received = received + :by where unit_code = :unit and month = :month";
        sql.sql(tamper)
                .param("by", 100)
                .param("unit", UNIT)
                .param("month", month.atDay(1))
                .update();
        try {
            assertThat(graphQl("supervisor.city", query, period)
                            .<Integer>read("$.data.oversight.scorecards[0].received"))
                    .isEqualTo(before);
            receive("REFLECTION", "Người Viết Thêm", "Số 5", null);
            // The write raised the unit's generation in its own transaction: the next read recomputes.
            assertThat(graphQl("supervisor.city", query, period)
                            .<Integer>read("$.data.oversight.scorecards[0].received"))
                    .isEqualTo(before + 101);
        } finally {
            sql.sql(tamper)
                    .param("by", -100)
                    .param("unit", UNIT)
                    .param("month", month.atDay(1))
                    .update();
        }
    }

    @Test
    void theFactsTheApiWroteAgreeWithTheUnitSchemasAndTheSummariesWithTheFacts() {
        PetitionFactRebuild facts = new PetitionFactRebuild(dataSource);
        List<FactDrift> drifts = new UnitRegistry(dataSource)
                .all().stream()
                        .filter(unit -> unit.status().serves())
                        .map(facts::check)
                        .filter(drift -> !drift.none())
                        .toList();
        assertThat(drifts).isEmpty();
    }

    private static void assertNoPersonalData(String text) {
        assertThat(text)
                .doesNotContain(NAME)
                .doesNotContain("Luu Thi Bi Mat")
                .doesNotContain(ADDRESS)
                .doesNotContain("Ẩn Danh")
                .doesNotContain(NATIONAL_ID)
                .doesNotContain(DENOUNCER)
                .doesNotContain("Trinh Van To Giac")
                .doesNotContain(DENOUNCER_ID)
                .doesNotContain("Zeta");
    }

    /** Every part of a workbook, inflated: the text a reader of the file could find. */
    private static String unzipped(byte[] bytes) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("oversight", ".xlsx");
        StringBuilder text = new StringBuilder();
        try {
            java.nio.file.Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return text.toString();
    }

    record Download(int status, byte[] bytes, Map<String, String> headers) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Download get(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        try {
            HttpResponse<byte[]> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new java.util.HashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            return new Download(response.statusCode(), response.body(), headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
