package vn.hanoi.danvan.admin.keycloak;

import java.util.Map;
import java.util.Optional;

/**
 * How tenant-admin reaches Keycloak's admin API: a confidential client of the realm with a
 * service account allowed to manage groups ({@code realm-management}: {@code manage-users},
 * {@code query-groups}). Absent unless {@code DANVAN_KEYCLOAK_URL} is set.
 *
 * @param serverUrl e.g. {@code https://id.hanoi.gov.vn}
 * @param realm the realm, {@code hanoi} unless {@code DANVAN_KEYCLOAK_REALM} says otherwise
 * @param clientId the admin client ({@code DANVAN_KEYCLOAK_ADMIN_CLIENT_ID})
 * @param clientSecret its secret ({@code DANVAN_KEYCLOAK_ADMIN_CLIENT_SECRET})
 */
public record KeycloakSettings(String serverUrl, String realm, String clientId, String clientSecret) {

    public static final String DEFAULT_REALM = "hanoi";

    @Override
    public String toString() {
        return "KeycloakSettings[" + serverUrl + ", realm " + realm + ", client " + clientId + "]";
    }

    /** The settings in the environment, if Keycloak is configured at all; half a configuration is an error. */
    public static Optional<KeycloakSettings> fromEnvironment(Map<String, String> env) {
        String url = env.get("DANVAN_KEYCLOAK_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String clientId = env.get("DANVAN_KEYCLOAK_ADMIN_CLIENT_ID");
        String secret = env.get("DANVAN_KEYCLOAK_ADMIN_CLIENT_SECRET");
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("DANVAN_KEYCLOAK_URL is set: set DANVAN_KEYCLOAK_ADMIN_CLIENT_ID and"
                    + " DANVAN_KEYCLOAK_ADMIN_CLIENT_SECRET too");
        }
        String realm = env.getOrDefault("DANVAN_KEYCLOAK_REALM", DEFAULT_REALM);
        return Optional.of(
                new KeycloakSettings(url.strip(), realm.isBlank() ? DEFAULT_REALM : realm.strip(), clientId, secret));
    }
}
