package vn.hanoi.danvan.admin.keycloak;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.GroupsResource;
import org.keycloak.representations.idm.GroupRepresentation;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitDefinition;

/**
 * Each unit's group in the Keycloak realm ({@code unit-00070}, with the unit's code, name and
 * kind as attributes), where the identity administrators gather the unit's staff. Made by
 * {@code provision}, idempotently: an existing group is left as it is, or corrected if its
 * attributes differ, and a group another run created meanwhile counts as existing.
 */
public final class UnitGroups implements AutoCloseable {

    /** What {@link #ensure} did. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private final Keycloak keycloak;
    private final String realm;

    UnitGroups(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** Signs in to the admin API with the settings' client credentials. */
    public static UnitGroups connect(KeycloakSettings settings) {
        return new UnitGroups(
                KeycloakBuilder.builder()
                        .serverUrl(settings.serverUrl())
                        .realm(settings.realm())
                        .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                        .clientId(settings.clientId())
                        .clientSecret(settings.clientSecret())
                        .build(),
                settings.realm());
    }

    public static String groupName(UnitCode code) {
        return "unit-" + code.value();
    }

    /** The unit's group, with its attributes as they should be; what it took. */
    public Outcome ensure(UnitDefinition unit) {
        Map<String, List<String>> attributes = Map.of(
                "unit", List.of(unit.code().value()),
                "unitName", List.of(unit.name()),
                "unitKind", List.of(unit.kind().name()));
        Optional<GroupRepresentation> existing = find(unit.code());
        if (existing.isEmpty()) {
            GroupRepresentation group = new GroupRepresentation();
            group.setName(groupName(unit.code()));
            group.setAttributes(attributes);
            try (Response response = groups().add(group)) {
                if (response.getStatus() == 201) {
                    return Outcome.CREATED;
                }
                if (response.getStatus() != 409) {
                    throw new IllegalStateException(
                            "Keycloak refused group " + group.getName() + ": HTTP " + response.getStatus());
                }
            }
            // 409: another run created it meanwhile; check its attributes like any existing group.
            existing = find(unit.code());
        }
        GroupRepresentation group = existing.orElseThrow(
                () -> new IllegalStateException("Group " + groupName(unit.code()) + " vanished while provisioning"));
        if (attributes.equals(group.getAttributes())) {
            return Outcome.UNCHANGED;
        }
        group.setAttributes(attributes);
        groups().group(group.getId()).update(group);
        return Outcome.UPDATED;
    }

    /** The unit's top-level group, with its attributes. */
    public Optional<GroupRepresentation> find(UnitCode code) {
        String name = groupName(code);
        return groups().groups(name, true, 0, 10, false).stream()
                .filter(group -> group.getName().equals(name))
                .findFirst();
    }

    private GroupsResource groups() {
        return keycloak.realm(realm).groups();
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
