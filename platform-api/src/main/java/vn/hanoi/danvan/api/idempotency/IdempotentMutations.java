package vn.hanoi.danvan.api.idempotency;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.danvan.api.graphql.ErrorCode;
import vn.hanoi.danvan.api.graphql.Refusals;
import vn.hanoi.danvan.api.idempotency.IdempotencyKeys.Caller;
import vn.hanoi.danvan.api.idempotency.IdempotencyKeys.Claim;
import vn.hanoi.danvan.api.idempotency.IdempotencyKeys.Entry;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.security.Viewers;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/**
 * A mutation sent over HTTP with an {@code Idempotency-Key} header runs once per key and caller:
 * the first request claims the key in PostgreSQL and stores its response; a retry with the same
 * key gets that response back ({@code extensions.idempotentReplay}) and creates nothing. A retry
 * arriving while the first still runs waits for it a while, then is told IN_PROGRESS with
 * {@code extensions.retryAfterSeconds}. A claim is a lease: if its holder died before completing,
 * a retry of the same request takes it over once the lease has run out, and runs the mutation.
 * The same key with a different document or variables is a CONFLICT. A first attempt that failed
 * on our side (INTERNAL, TIMEOUT) frees the key. A header is the HTTP way (as in the IETF
 * Idempotency-Key draft) and keeps the schema unchanged.
 */
final class IdempotentMutations implements WebGraphQlInterceptor {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final Duration POLL = Duration.ofMillis(25);
    /** Codes of a first attempt that failed on our side: its key is freed, so a retry really retries. */
    private static final Set<String> FAILED_ON_OUR_SIDE = Set.of(ErrorCode.INTERNAL.name(), ErrorCode.TIMEOUT.name());

    private final PlatformDoor door;
    private final IdempotencyKeys keys;
    private final MutationRequests requests;
    private final Viewers viewers;
    private final JsonMapper json;
    private final Times times;

    /**
     * @param patience how long a retry waits for the first request before IN_PROGRESS
     * @param lease how long a claim holds before a retry may take it over: longer than the first
     *     request can live
     */
    record Times(Duration patience, Duration lease) {}

    IdempotentMutations(
            PlatformDoor door,
            IdempotencyKeys keys,
            MutationRequests requests,
            Viewers viewers,
            JsonMapper json,
            Times times) {
        this.door = door;
        this.keys = keys;
        this.requests = requests;
        this.viewers = viewers;
        this.json = json;
        this.times = times;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String key = request.getHeaders().getFirst(HEADER);
        if (key == null) {
            return chain.next(request);
        }
        if (!KEY.matcher(key).matches()) {
            return Mono.just(Refusals.refuse(
                    request,
                    ErrorCode.BAD_USER_INPUT,
                    "An Idempotency-Key is 1 to 200 letters, digits or . _ : -",
                    Map.of("field", HEADER)));
        }
        Viewer viewer = viewers.current();
        if (!viewer.signedIn() || !MutationRequests.isMutation(request)) {
            return chain.next(request); // only a signed-in caller's mutation has anything to repeat
        }
        Claim claim = new Claim(
                new Caller(viewer.subject(), viewer.client() == null ? "" : viewer.client()), key, UUID.randomUUID());
        String hash = requests.fingerprint(request);
        // Empty once this request holds the key: then it runs.
        return Mono.fromCallable(() -> earlierOutcome(request, claim, hash))
                .switchIfEmpty(Mono.defer(() -> chain.next(request)
                        .map(response -> remember(claim, response))
                        .doOnError(failure -> release(claim))));
    }

    /**
     * The answer a request gets from the key's earlier use (its stored response, CONFLICT,
     * IN_PROGRESS), or null once this request holds the key: it claimed it first, or after the
     * first attempt was released or its holder's lease ran out.
     */
    private WebGraphQlResponse earlierOutcome(WebGraphQlRequest request, Claim claim, String hash)
            throws InterruptedException {
        long giveUp = System.nanoTime() + times.patience().toNanos();
        while (!claimed(claim, hash)) {
            Optional<Entry> found = settled(claim, hash, giveUp);
            if (found.isEmpty()) {
                continue; // released meanwhile: claim it
            }
            Entry entry = found.get();
            if (!entry.requestHash().equals(hash)) {
                return Refusals.refuse(
                        request,
                        ErrorCode.CONFLICT,
                        "This Idempotency-Key was already used for a different request.",
                        Map.of("field", HEADER));
            }
            if (entry.done()) {
                return stored(request, entry.response());
            }
            if (!entry.expired()) {
                return inProgress(request, entry);
            }
            // Its holder died: take the claim over.
        }
        return null;
    }

    /** The key's entry once it is not a live claim of this request any more, or at {@code giveUp}. */
    private Optional<Entry> settled(Claim claim, String hash, long giveUp) throws InterruptedException {
        while (true) {
            Optional<Entry> entry = door.read(scope -> keys.find(scope, claim.caller(), claim.key(), times.lease()));
            boolean waiting = entry.filter(
                            found -> found.requestHash().equals(hash) && !found.done() && !found.expired())
                    .isPresent();
            if (!waiting || System.nanoTime() > giveUp) {
                return entry;
            }
            Thread.sleep(POLL);
        }
    }

    /** By the time the lease runs out the first request has answered, or may be taken over. */
    private static WebGraphQlResponse inProgress(WebGraphQlRequest request, Entry entry) {
        long seconds = Math.max(1, (entry.leaseLeft().toMillis() + 999) / 1000);
        WebGraphQlResponse refusal = Refusals.refuse(
                request,
                ErrorCode.IN_PROGRESS,
                "The first request with this Idempotency-Key is still running; retry in " + seconds
                        + " s to get its result.",
                Map.of("field", HEADER, "retryAfterSeconds", seconds));
        refusal.getResponseHeaders().set("Retry-After", Long.toString(seconds));
        return refusal;
    }

    private boolean claimed(Claim claim, String hash) {
        return door.write(scope -> keys.claim(scope, claim, hash, times.lease()));
    }

    private WebGraphQlResponse remember(Claim claim, WebGraphQlResponse response) {
        boolean failedOnOurSide = response.getErrors().stream()
                .map(error -> error.getExtensions().get("code"))
                .anyMatch(code -> code instanceof String name && FAILED_ON_OUR_SIDE.contains(name));
        if (failedOnOurSide) {
            release(claim);
        } else {
            String stored = json.writeValueAsString(response.toMap());
            door.write(scope -> {
                keys.complete(scope, claim, stored);
                return null;
            });
        }
        return response;
    }

    private void release(Claim claim) {
        door.write(scope -> {
            keys.release(scope, claim);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private WebGraphQlResponse stored(WebGraphQlRequest request, String response) {
        Map<String, Object> first = json.readValue(response, Map.class);
        List<GraphQLError> errors = ((List<Map<String, Object>>) first.getOrDefault("errors", List.of()))
                .stream().map(GraphQLError::fromSpecification).toList();
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .data(first.get("data"))
                .errors(errors)
                .addExtension("idempotentReplay", true)
                .build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
