package vn.hanoi.danvan.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OAuth clients that are danvan's own ({@code danvan.first-party.clients}), such as the
 * staff console: their callers are limited per person, and they may use automatic persisted
 * queries. Every other client is a third-party app.
 */
@ConfigurationProperties("danvan.first-party")
public record FirstPartyClients(
        @DefaultValue("danvan-console") List<String> clients) {

    public boolean includes(Viewer viewer) {
        return viewer.client() != null && clients.contains(viewer.client());
    }
}
