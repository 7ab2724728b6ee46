package vn.hanoi.danvan.api.dev;

import org.springframework.context.ApplicationContext;

/** Tests: a dev-signed client-credentials token for a third-party app. */
public final class ClientTokens {

    private ClientTokens() {}

    /** A token for {@code clientId}, bound to {@code unit} (null: city-wide), with these scopes. */
    public static String issue(ApplicationContext context, String clientId, String unit, String scope) {
        return context.getBean(DevTokens.class).issueForClient(clientId, unit, scope);
    }
}
