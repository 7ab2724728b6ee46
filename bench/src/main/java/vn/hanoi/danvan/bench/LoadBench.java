package vn.hanoi.danvan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop HTTP load generator for the GraphQL API on this machine: N clients, each sending
 * its next request as soon as the last one answered, for a fixed time after a warm-up. Modes:
 * {@code inbox} (an officer's first 50 open petitions by deadline, with petitioners) and
 * {@code receive} (receivePetition) and {@code calendar} (a month of reception sessions with their
 * register's counts), each as an officer of a random unit.
 *
 * <p>{@code java LoadBench <baseUrl> <inbox|receive|calendar> <clients> <seconds> [warmupSeconds]}
 */
public final class LoadBench {

    static final String INBOX = """
            {"query":"query { petitions(first: 50, filter: { open: true }) { totalCount edges { node { id kind state \
            daysLeft overdue petitioners { fullName } } } } }"}""";

    static final String RECEIVE = """
            {"query":"mutation($i: ReceivePetitionInput!) { receivePetition(input: $i) { receipts { trackingCode } } }",\
            "variables":{"i":{"kinds":["REFLECTION"],"channel":"ONLINE","subject":"Đèn chiếu sáng ngõ %d hỏng",\
            "matter":"Đèn chiếu sáng ngõ %d hỏng đã hai tuần, đề nghị sửa chữa.",\
            "petitioners":[{"fullName":"Nguyễn Văn Thử %d","address":"Số %d ngõ %d"}]}}}""";

    static final String CALENDAR = """
            {"query":"query { receptionCalendar(year: 2026, month: 10) { id heldOn startsAt endsAt kind status \
            presiderOffice presiderName noteTakerName countsFor entryCount peopleReceived } }"}""";

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([0-9]{5})\"");

    private LoadBench() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String mode = args[1];
        if (mode.equals("tokens")) {
            // One officer token per unit, a line each, for other load generators (wrk).
            HttpClient http = HttpClient.newHttpClient();
            officerTokens(http, base).forEach(System.out::println);
            return;
        }
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<String> tokens = officerTokens(http, base);
        System.out.printf(
                "load: %s, %d clients, %d s after %d s warm-up, %d units%n",
                mode, clients, seconds, warmup, tokens.size());
        Result result = run(http, base, mode, clients, tokens, warmup, seconds);
        System.out.println(result.summary(mode, clients));
    }

    record Result(List<Long> latenciesNanos, long errors, double seconds) {

        double percentileMillis(double p) {
            if (latenciesNanos.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.size()) - 1;
            return latenciesNanos.get(Math.max(0, index)) / 1e6;
        }

        String summary(String mode, int clients) {
            return String.format(
                    "RESULT mode=%s clients=%d requests=%d errors=%d throughput=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms",
                    mode,
                    clients,
                    latenciesNanos.size(),
                    errors,
                    latenciesNanos.size() / seconds,
                    percentileMillis(50),
                    percentileMillis(95),
                    percentileMillis(99));
        }
    }

    static Result run(
            HttpClient http, String base, String mode, int clients, List<String> tokens, int warmup, int seconds)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    String token = tokens.get(ThreadLocalRandom.current().nextInt(tokens.size()));
                    long n = sequence.incrementAndGet();
                    String body = switch (mode) {
                        case "inbox" -> INBOX;
                        case "calendar" -> CALENDAR;
                        default -> RECEIVE.formatted(n, n, n, n % 200, n % 97);
                    };
                    long sent = System.nanoTime();
                    boolean ok = send(http, base + "/graphql", token, body);
                    long answered = System.nanoTime();
                    if (sent >= measureFrom && answered <= end) {
                        mine.add(answered - sent);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }
                latencies.addAll(mine);
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted, errors.get(), seconds);
    }

    private static boolean send(HttpClient http, String url, String token, String body) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"errors\"");
        } catch (Exception e) {
            return false;
        }
    }

    /** A dev token for an officer of every unit, found through the supervisor's list of units. */
    static List<String> officerTokens(HttpClient http, String base) throws Exception {
        String supervisor = token(http, base, "supervisor.city");
        HttpResponse<String> units = http.send(
                HttpRequest.newBuilder(URI.create(base + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + supervisor)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"query\":\"{ units(first: 200) { edges { node { code } } } }\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> tokens = new ConcurrentHashMap<>();
        Matcher code = CODE.matcher(units.body());
        while (code.find()) {
            tokens.put(code.group(1), token(http, base, "officer." + code.group(1)));
        }
        if (tokens.isEmpty()) {
            throw new IllegalStateException("No units listed: " + units.body());
        }
        return List.copyOf(tokens.values());
    }

    static String token(HttpClient http, String base, String username) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/dev/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher matcher = TOKEN.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        return matcher.group(1);
    }
}
