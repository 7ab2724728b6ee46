package vn.hanoi.danvan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directive-tasks benchmark (issue 5), through the API on this machine: a city supervisor
 * creates a directive with {@code tasks} tasks and assigns each to all units (each assignment
 * timed: one transaction across every unit's schema); the units' officers then accept and report
 * on a random share of their assignments, so the statuses are mixed; finally the city's progress
 * view of the directive is timed, first by one client in a row, then by several at once.
 *
 * <p>{@code java DirectiveBench <baseUrl> [tasks=20] [views=300] [clients=4] [seconds=20]}
 */
public final class DirectiveBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([0-9]{5})\"");

    /** The floor on this machine at this moment: the cheapest signed-in query, for ratios. */
    static final String FLOOR = "{\"query\":\"{ me { subject } }\"}";

    /** The grid a console draws: the units once, then per task its counts and one status and percentage per unit. */
    static final String GRID = """
            {"query":"query($id: ID!) { directiveProgress(directiveId: $id) { asOf units { unitCode unitName \
            assigned notStarted inProgress done late } tasks { task { id title } assigned notStarted inProgress \
            done late averagePercent statuses percents } } }","variables":{"id":"%s"}}""";

    /** Every cell in full: 20 x 126 objects of ten fields. */
    static final String CELLS = """
            {"query":"query($id: ID!) { directiveProgress(directiveId: $id) { asOf tasks { task { id title } \
            assigned notStarted inProgress done late averagePercent units { unitCode unitName assignmentId status \
            percent nextReportDueOn missedReports returnedReports lastReportOn doneOn } } units { unitCode unitName \
            assigned notStarted inProgress done late } } }","variables":{"id":"%s"}}""";

    private DirectiveBench() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int taskCount = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int views = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String supervisor = LoadBench.token(http, base, "supervisor.city");

        String directive = first(ID, call(http, base, supervisor, """
                {"query":"mutation($i: CreateDirectiveInput!) { createDirective(input: $i) { id } }",\
                "variables":{"i":{"number":"BENCH-%d/CT-TU","title":"Chỉ thị đo hiệu năng","issuedOn":"2025-07-01",\
                "issuer":"Ban Thường vụ Thành ủy","groups":["1","2","3","4","5","6"]}}}""".formatted(System.nanoTime())));
        List<String> tasks = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < taskCount; i++) {
            String schedule = switch (i % 5) {
                case 0 -> "\"recurrence\":\"QUARTERLY\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\"";
                case 1 -> "\"recurrence\":\"MONTHLY\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\"";
                case 2 -> "\"dueOn\":\"" + today.minusDays(10 + i) + "\"";
                default -> "\"dueOn\":\"" + today.plusDays(5 + 7L * i) + "\"";
            };
            tasks.add(first(ID, call(http, base, supervisor, """
                    {"query":"mutation($i: CreateDirectiveTaskInput!) { createDirectiveTask(input: $i) { id } }",\
                    "variables":{"i":{"directiveId":"%s","groupPosition":%d,"title":"Nhiệm vụ %d",%s}}}""".formatted(directive, i % 6 + 1, i + 1, schedule))));
        }

        System.out.println("--- assign each task to all units (one transaction per task)");
        List<Long> assignMillis = new ArrayList<>();
        for (String task : tasks) {
            long started = System.nanoTime();
            String answer = call(http, base, supervisor, """
                    {"query":"mutation($i: AssignDirectiveTaskInput!) { assignDirectiveTask(input: $i) { created } }",\
                    "variables":{"i":{"taskId":"%s","units":{"all":true}}}}""".formatted(task));
            assignMillis.add((System.nanoTime() - started) / 1_000_000);
            if (!answer.contains("\"created\":126")) {
                throw new IllegalStateException("Assignment did not reach 126 units: " + answer);
            }
        }
        long started = System.nanoTime();
        call(http, base, supervisor, """
                {"query":"mutation($i: AssignDirectiveTaskInput!) { assignDirectiveTask(input: $i) { replayed } }",\
                "variables":{"i":{"taskId":"%s","units":{"all":true}}}}""".formatted(tasks.getFirst()));
        long retryMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("assign, ms in order: " + assignMillis);
        Collections.sort(assignMillis);
        System.out.printf(
                "RESULT assign units=126 tasks=%d min=%dms median=%dms max=%dms retry=%dms%n",
                tasks.size(),
                assignMillis.getFirst(),
                assignMillis.get(assignMillis.size() / 2),
                assignMillis.getLast(),
                retryMillis);

        long reported = unitsWork(http, base, supervisor);
        System.out.printf("data: %d reports and acceptances by the units%n", reported);

        for (String form : List.of("floor", "grid", "cells")) {
            String body = switch (form) {
                case "floor" -> FLOOR;
                case "grid" -> GRID.formatted(directive);
                default -> CELLS.formatted(directive);
            };
            String sample = call(http, base, supervisor, body);
            System.out.printf("--- progress view (%s): %d bytes%n", form, sample.length());
            for (int i = 0; i < 50; i++) {
                call(http, base, supervisor, body);
            }
            List<Long> sequential = new ArrayList<>();
            for (int i = 0; i < views; i++) {
                long sent = System.nanoTime();
                call(http, base, supervisor, body);
                sequential.add(System.nanoTime() - sent);
            }
            Collections.sort(sequential);
            System.out.println(new LoadBench.Result(sequential, 0, 1)
                    .summary("progress-" + form + "-sequential", 1)
                    .replaceAll(" throughput=[^ ]+", ""));
            System.out.println(
                    concurrently(http, base, supervisor, body, clients, seconds).summary("progress-" + form, clients));
        }
    }

    /** Each unit's officer accepts about 70% of the assignments and reports on about half. */
    private static long unitsWork(HttpClient http, String base, String supervisor) throws Exception {
        String units =
                call(http, base, supervisor, "{\"query\":\"{ units(first: 200) { edges { node { code } } } }\"}");
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(units);
        while (code.find()) {
            codes.add(code.group(1));
        }
        Map<String, Long> done = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> work = new ArrayList<>();
            for (String unit : codes) {
                work.add(pool.submit(() -> {
                    Random random = new Random(unit.hashCode());
                    String officer = LoadBench.token(http, base, "officer." + unit);
                    String list = call(
                            http,
                            base,
                            officer,
                            "{\"query\":\"{ directiveAssignments(first: 200) { edges { node { id } } } }\"}");
                    Matcher assignment = ID.matcher(list);
                    long n = 0;
                    while (assignment.find()) {
                        String id = assignment.group(1);
                        if (random.nextInt(10) < 7) {
                            call(http, base, officer, """
                                    {"query":"mutation($id: ID!) { acceptDirectiveAssignment(id: $id) { status } }",\
                                    "variables":{"id":"%s"}}""".formatted(id));
                            n++;
                        }
                        if (random.nextBoolean()) {
                            int percent = random.nextInt(3) == 0 ? 100 : 10 * (1 + random.nextInt(9));
                            call(http, base, officer, """
                                    {"query":"mutation($i: DirectiveReportInput!) { reportDirectiveProgress(input: $i) \
                                    { id } }","variables":{"i":{"assignmentId":"%s","percent":%d,\
                                    "narrative":"Đã triển khai %d%%."}}}""".formatted(id, percent, percent));
                            n++;
                        }
                    }
                    done.put(unit, n);
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        }
        return done.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code clients} closed loops for {@code seconds} after a 3 s warm-up; every answer must be good. */
    private static LoadBench.Result concurrently(
            HttpClient http, String base, String token, String body, int clients, int seconds) throws Exception {
        long measureFrom = System.nanoTime() + 3_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> loops = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                loops.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        call(http, base, token, body);
                        long answered = System.nanoTime();
                        if (sent >= measureFrom && answered <= end) {
                            latencies.add(answered - sent);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new LoadBench.Result(sorted, 0, seconds);
    }

    static String call(HttpClient http, String base, String token, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("Refused: " + response.body());
        }
        return response.body();
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found in " + text);
        }
        return matcher.group(1);
    }
}
