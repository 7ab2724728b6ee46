package vn.hanoi.danvan.api.idempotency;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import vn.hanoi.danvan.api.idempotency.IdempotencyKeys.Entry;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.security.Viewers;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/**
 * A mutation sent over HTTP with an {@code Idempotency-Key} header runs once per key and caller:
 * the first request claims the key in PostgreSQL and stores its response; a retry with the same
 * key gets that response back ({@code extensions.idempotentReplay}) and creates nothing. A retry
 * arriving while the first still runs waits for it. The same key with a different document or
 * variables is a CONFLICT. A first attempt that failed on our side (INTERNAL) frees the key.
 * A header is the HTTP way (as in the IETF Idempotency-Key draft) and keeps the schema unchanged.
 */
final class IdempotentMutations implements WebGraphQlInterceptor {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final Duration POLL = Duration.ofMillis(25);

    private final PlatformDoor door;
    private final IdempotencyKeys keys;
    private final MutationRequests requests;
    private final Viewers viewers;
    private final JsonMapper json;
    private final Duration patience;

    IdempotentMutations(
            PlatformDoor door,
            IdempotencyKeys keys,
            MutationRequests requests,
            Viewers viewers,
            JsonMapper json,
            Duration patience) {
        this.door = door;
        this.keys = keys;
        this.requests = requests;
        this.viewers = viewers;
        this.json = json;
        this.patience = patience;
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
        Caller caller = new Caller(viewer.subject(), viewer.client() == null ? "" : viewer.client());
        String hash = requests.fingerprint(request);
        if (door.write(scope -> keys.claim(scope, caller, key, hash))) {
            return chain.next(request)
                    .map(response -> remember(caller, key, response))
                    .doOnError(failure -> release(caller, key));
        }
        return Mono.fromCallable(() -> replay(request, caller, key, hash));
    }

    private WebGraphQlResponse remember(Caller caller, String key, WebGraphQlResponse response) {
        boolean failedOnOurSide = response.getErrors().stream()
                .anyMatch(error ->
                        ErrorCode.INTERNAL.name().equals(error.getExtensions().get("code")));
        if (failedOnOurSide) {
            release(caller, key);
        } else {
            String stored = json.writeValueAsString(response.toMap());
            door.write(scope -> {
                keys.complete(scope, caller, key, stored);
                return null;
            });
        }
        return response;
    }

    private void release(Caller caller, String key) {
        door.write(scope -> {
            keys.release(scope, caller, key);
            return null;
        });
    }

    private WebGraphQlResponse replay(WebGraphQlRequest request, Caller caller, String key, String hash)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Entry entry = door.read(scope -> keys.find(scope, caller, key)).orElse(null);
            if (entry != null && !entry.requestHash().equals(hash)) {
                return Refusals.refuse(
                        request,
                        ErrorCode.CONFLICT,
                        "This Idempotency-Key was already used for a different request.",
                        Map.of("field", HEADER));
            }
            if (entry != null && entry.done()) {
                return stored(request, entry.response());
            }
            if (entry == null || System.nanoTime() > deadline) {
                return Refusals.refuse(
                        request,
                        ErrorCode.CONFLICT,
                        entry == null
                                ? "The first request with this Idempotency-Key failed; send it again."
                                : "The first request with this Idempotency-Key is still running; retry later.",
                        Map.of("field", HEADER, "retryAfter", 1));
            }
            Thread.sleep(POLL);
        }
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
