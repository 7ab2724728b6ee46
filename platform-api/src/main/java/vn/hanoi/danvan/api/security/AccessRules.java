package vn.hanoi.danvan.api.security;

import static vn.hanoi.danvan.api.security.AccessRule.anyone;
import static vn.hanoi.danvan.api.security.AccessRule.persons;
import static vn.hanoi.danvan.api.security.AccessRule.roles;
import static vn.hanoi.danvan.api.security.Role.CITY_SUPERVISOR;
import static vn.hanoi.danvan.api.security.Role.PLATFORM_ADMIN;
import static vn.hanoi.danvan.api.security.Role.UNIT_LEADER;
import static vn.hanoi.danvan.api.security.Role.UNIT_OFFICER;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hanoi.danvan.api.security.AccessRule.Target;

/**
 * Who may run which operation: one rule per root field of the schema ({@code Query.x},
 * {@code Mutation.y}, {@code Subscription.z}), checked before the field runs (for a subscription,
 * when it is subscribed to). A field without a rule is refused, and the
 * access matrix test fails until one is declared here. The feature code still decides what a
 * caller sees inside its reach (a denouncer's identity, another unit's id reading as not found).
 *
 * <p>Petitions are a unit's own work: its officers and leaders, or a third-party client bound to
 * that unit with {@code petitions:read} / {@code petitions:write}. City roles oversee, never
 * handle. A citizen needs nothing but the tracking code; a client asking on one's behalf needs
 * {@code status:read}.
 */
public final class AccessRules {

    private static final Set<Role> STAFF = Set.of(UNIT_OFFICER, UNIT_LEADER);
    private static final Set<Role> CITY = Set.of(CITY_SUPERVISOR, PLATFORM_ADMIN);

    private static final AccessRule READ_PETITIONS =
            roles(STAFF).andClientsWith(Scope.PETITIONS_READ).onlyBoundClients();
    private static final AccessRule WRITE_PETITIONS = roles(STAFF)
            .andClientsWith(Scope.PETITIONS_WRITE)
            .onlyBoundClients()
            .on(Target.ID);

    private static final Map<String, AccessRule> RULES = rules();

    private AccessRules() {}

    private static Map<String, AccessRule> rules() {
        Map<String, AccessRule> rules = new LinkedHashMap<>();
        rules.put("Query.me", persons().andAnyClient());
        rules.put("Query.node", AccessRule.BY_NODE_TYPE);
        rules.put("Query.unit", roles(Set.of(Role.values())).on(Target.UNIT_CODE));
        rules.put("Query.units", roles(CITY));
        rules.put("Query.petitions", READ_PETITIONS);
        rules.put("Query.petition", READ_PETITIONS.on(Target.ID));
        rules.put(
                "Query.petitionStatus",
                anyone().andClientsWith(Scope.STATUS_READ).on(Target.TRACKING_CODE));
        rules.put("Query.publicHolidays", persons().andAnyClient());
        rules.put("Mutation.receivePetition", WRITE_PETITIONS.on(Target.NONE));
        for (String transition : new String[] {
            "classifyPetition",
            "acceptPetition",
            "rejectPetition",
            "guidePetition",
            "transferPetition",
            "startPetitionVerification",
            "suspendPetition",
            "resumePetition",
            "extendPetition",
            "resolvePetition",
            "appealPetition",
            "withdrawPetition",
            "closePetition",
            "assignPetitionHandler"
        }) {
            rules.put("Mutation." + transition, WRITE_PETITIONS);
        }
        // The secret on the receipt is the citizen's proof; a client relaying it writes.
        rules.put(
                "Mutation.ratePetition",
                anyone().andClientsWith(Scope.PETITIONS_WRITE).on(Target.TRACKING_CODE));
        // A unit's own petitions as they change: its staff only (a client re-reads instead).
        rules.put("Subscription.petitionEvents", roles(STAFF));
        rules.put("Mutation.setPublicHoliday", roles(Set.of(PLATFORM_ADMIN)));
        rules.put("Mutation.removePublicHoliday", roles(Set.of(PLATFORM_ADMIN)));
        receptions(rules);
        directives(rules);
        // City oversight reads every unit's facts: city supervisors only, not even platform admins.
        rules.put("Query.oversight", roles(Set.of(CITY_SUPERVISOR)));
        // Which documents a third-party client may run is the platform's to decide.
        rules.put("Mutation.registerTrustedDocument", roles(Set.of(PLATFORM_ADMIN)));
        rules.put("Mutation.setClientTrustedOnly", roles(Set.of(PLATFORM_ADMIN)));
        return Map.copyOf(rules);
    }

    /**
     * Citizen receptions are a unit's own work: its officers and leaders, never city roles (they
     * see receptions through oversight) and no client scope covers them. The frequency rules are
     * published law, for every signed-in person.
     */
    private static void receptions(Map<String, AccessRule> rules) {
        AccessRule staff = roles(STAFF);
        for (String query :
                new String[] {"receptionCalendar", "receptionRegister", "receptionCompliance", "receptionReport"}) {
            rules.put("Query." + query, staff);
        }
        rules.put("Query.receptionSession", staff.on(Target.ID));
        rules.put("Query.receptionEntry", staff.on(Target.ID));
        rules.put("Query.receptionFrequencyRules", persons());
        for (String mutation :
                new String[] {"planReceptionSession", "recordReceptionEntry", "issueReceptionConclusionNotice"}) {
            rules.put("Mutation." + mutation, staff);
        }
        for (String mutation :
                new String[] {"holdReceptionSession", "cancelReceptionSession", "createPetitionsFromReceptionEntry"}) {
            rules.put("Mutation." + mutation, staff.on(Target.ID));
        }
    }

    /**
     * Directives: the city supervisor issues and assigns tasks and returns reports; every signed-in
     * person reads the directives themselves; city-level roles read progress across units and any
     * unit's assignment; a unit's staff carry out their own unit's assignments. No client scope.
     */
    private static void directives(Map<String, AccessRule> rules) {
        AccessRule supervisor = roles(Set.of(CITY_SUPERVISOR));
        AccessRule staff = roles(STAFF);
        rules.put("Query.directives", persons());
        rules.put("Query.directive", persons());
        rules.put("Query.directiveProgress", roles(CITY));
        rules.put("Query.directiveAssignments", staff);
        rules.put("Query.directiveFeed", staff);
        rules.put("Query.directiveAssignment", roles(Set.of(Role.values())).on(Target.ID));
        rules.put("Mutation.createDirective", supervisor);
        rules.put("Mutation.createDirectiveTask", supervisor);
        rules.put("Mutation.assignDirectiveTask", supervisor);
        rules.put("Mutation.returnDirectiveReport", supervisor.on(Target.ID));
        rules.put("Mutation.acceptDirectiveAssignment", staff.on(Target.ID));
        rules.put("Mutation.completeDirectivePlanItem", staff.on(Target.ID));
        for (String mutation : new String[] {"addDirectivePlanItem", "reportDirectiveProgress", "addDirectiveNote"}) {
            rules.put("Mutation." + mutation, staff);
        }
    }

    /** The rule of a root field, e.g. {@code rule("Query", "petitions")}. */
    public static Optional<AccessRule> rule(String operationType, String field) {
        return Optional.ofNullable(RULES.get(operationType + "." + field));
    }

    /**
     * For {@code node(id:)}: the rule of the field that reads the id's type, so fetching an
     * object by id is never wider than fetching it by name.
     */
    public static Optional<AccessRule> nodeRule(String type) {
        return switch (type) {
            case "Petition" -> rule("Query", "petition");
            case "Unit" -> rule("Query", "unit");
            case "ReceptionSession" -> rule("Query", "receptionSession");
            case "ReceptionEntry" -> rule("Query", "receptionEntry");
            case "Directive", "DirectiveTask" -> rule("Query", "directive");
            case "DirectiveAssignment", "DirectiveReport", "DirectivePlanItem" -> rule("Query", "directiveAssignment");
            case "OverdueCase" -> rule("Query", "oversight");
            default -> Optional.empty();
        };
    }

    /** Every declared coordinate, {@code Query.x}, {@code Mutation.y} and {@code Subscription.z}. */
    public static Set<String> declared() {
        return RULES.keySet();
    }
}
