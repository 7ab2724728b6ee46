package vn.hanoi.danvan.api.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;
import vn.hanoi.danvan.api.graphql.ErrorCode;
import vn.hanoi.danvan.api.graphql.Refusals;
import vn.hanoi.danvan.api.ratelimit.RateLimitProperties.Rate;
import vn.hanoi.danvan.api.ratelimit.TokenBuckets.Bucket;
import vn.hanoi.danvan.api.security.FirstPartyClients;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.security.Viewers;

/**
 * Every GraphQL request takes a token from its buckets or is refused with RATE_LIMITED,
 * {@code extensions.retryAfterSeconds} and the {@code Retry-After} header (whole seconds, rounded
 * up); over HTTP that refusal is a 429 (see {@code graphql.GraphQlOverHttp}).
 */
final class RateLimitInterceptor implements WebGraphQlInterceptor {

    private final RateLimitProperties properties;
    private final FirstPartyClients firstParty;
    private final TokenBuckets buckets;
    private final Viewers viewers;

    RateLimitInterceptor(
            RateLimitProperties properties, FirstPartyClients firstParty, TokenBuckets buckets, Viewers viewers) {
        this.properties = properties;
        this.firstParty = firstParty;
        this.buckets = buckets;
        this.viewers = viewers;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Optional<Duration> wait = buckets.take(bucketsOf(viewers.current(), request));
        if (wait.isEmpty()) {
            return chain.next(request);
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        WebGraphQlResponse refusal = Refusals.refuse(
                request,
                ErrorCode.RATE_LIMITED,
                "Too many requests; try again in " + seconds + " s.",
                Map.of("retryAfterSeconds", seconds));
        refusal.getResponseHeaders().set("Retry-After", Long.toString(seconds));
        return Mono.just(refusal);
    }

    List<Bucket> bucketsOf(Viewer viewer, WebGraphQlRequest request) {
        List<Bucket> result = new ArrayList<>(2);
        if (!viewer.signedIn()) {
            String address = request.getRemoteAddress() == null
                    ? "unknown"
                    : request.getRemoteAddress().getAddress().getHostAddress();
            result.add(new Bucket("anonymous:" + address, properties.anonymous()));
            return result;
        }
        String client = viewer.client() == null ? "" : viewer.client();
        if (firstParty.includes(viewer)) {
            result.add(new Bucket("person:" + viewer.subject(), properties.person()));
        } else {
            Rate rate = properties.clients().getOrDefault(client, properties.client());
            result.add(new Bucket("client:" + client, rate));
        }
        viewer.unit()
                .ifPresent(unit -> result.add(new Bucket(
                        "unit:" + unit.value(), properties.units().getOrDefault(unit.value(), properties.unit()))));
        return result;
    }
}
