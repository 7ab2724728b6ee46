package vn.hanoi.danvan.api.documents;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/**
 * The documents each third-party client registered, and whether it may run anything else. A
 * registered document never changes (its hash is its name), so found ones are kept in memory;
 * the trusted-only flag is read again after a short while, so a change reaches every api
 * instance within {@link #POLICY_AGE}.
 */
@Service
class TrustedDocuments {

    static final Duration POLICY_AGE = Duration.ofSeconds(10);

    private record Policy(boolean trustedOnly, long readAt) {}

    private final PlatformDoor door;
    private final TrustedDocumentRepository repository;
    private final Clock clock;
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private final Map<String, Policy> policies = new ConcurrentHashMap<>();

    TrustedDocuments(PlatformDoor door, TrustedDocumentRepository repository, Clock clock) {
        this.door = door;
        this.repository = repository;
        this.clock = clock;
    }

    Optional<String> document(String client, String hash) {
        String key = client + "\n" + hash;
        String known = documents.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = door.read(scope -> repository.document(scope, client, hash));
        found.ifPresent(document -> documents.put(key, document));
        return found;
    }

    boolean trustedOnly(String client) {
        long now = clock.millis();
        Policy policy = policies.get(client);
        if (policy == null || now - policy.readAt() > POLICY_AGE.toMillis()) {
            policy = new Policy(door.read(scope -> repository.trustedOnly(scope, client)), now);
            policies.put(client, policy);
        }
        return policy.trustedOnly();
    }

    /** After a change here, this instance knows at once; others within {@link #POLICY_AGE}. */
    void forget(String client) {
        policies.remove(client);
    }
}
