package vn.hanoi.danvan.api.ratelimit;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits ({@code danvan.rate-limit.*}): token buckets of a burst capacity refilled at a
 * steady rate. A request takes one token from each bucket it falls in: its client (a
 * third-party app) or its person (a caller through one of the
 * {@link vn.hanoi.danvan.api.security.FirstPartyClients}, such as the staff console), its unit,
 * and for anonymous callers their address.
 *
 * @param enabled false only to measure what the limits cost (bench/)
 * @param client each third-party client, unless {@code clients} names it (200, then 50/s)
 * @param person each signed-in person of a first-party client (60, then 10/s)
 * @param unit each unit, all its callers together, unless {@code units} names it (1000, then 200/s)
 * @param anonymous each address calling without a token, e.g. a citizen looking up a status (30,
 *     then 1/s)
 * @param clients per-client overrides, by client id
 * @param units per-unit overrides, by unit code
 */
@ConfigurationProperties("danvan.rate-limit")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        Rate client,
        Rate person,
        Rate unit,
        Rate anonymous,
        @DefaultValue Map<String, Rate> clients,
        @DefaultValue Map<String, Rate> units) {

    RateLimitProperties {
        client = client == null ? new Rate(200, 50) : client;
        person = person == null ? new Rate(60, 10) : person;
        unit = unit == null ? new Rate(1000, 200) : unit;
        anonymous = anonymous == null ? new Rate(30, 1) : anonymous;
    }

    /**
     * @param capacity the burst: tokens a full bucket holds
     * @param perSecond tokens added back each second
     */
    record Rate(int capacity, double perSecond) {}
}
