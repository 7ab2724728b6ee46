package vn.hanoi.danvan.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.GraphQlWsClient;
import vn.hanoi.danvan.api.graphql.GlobalId;

/**
 * Every query, mutation and subscription field of the schema, read from the running schema,
 * called by every kind of caller on the caller's own unit and on another (subscriptions over
 * graphql-ws): allowed exactly where {@link AccessRules} says. A field with no rule, or no sample
 * call here, fails the test.
 *
 * <p>Allowed means no UNAUTHENTICATED, FORBIDDEN or NOT_FOUND (a call may still fail on its
 * input: a stale version, a score of 0), and an object for {@code node}, {@code petitionStatus}
 * and {@code directiveAssignment}; refused means one of those codes, or null from those three.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends ApiTest {

    static final UnitCode OWN = UnitCode.of("00070");
    static final UnitCode OTHER = UnitCode.of("00004");
    static final Set<String> REFUSALS = Set.of("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND");
    static final Duration PATIENCE = Duration.ofSeconds(10);

    /** A caller: how to get its token, and the viewer the API must take it for. */
    record Caller(String name, Function<AccessMatrixTest, String> token, Viewer viewer) {}

    static final List<Caller> CALLERS = List.of(
            person("officer.hoankiem", OWN, Role.UNIT_OFFICER),
            person("leader.hoankiem", OWN, Role.UNIT_LEADER),
            person("supervisor.city", null, Role.CITY_SUPERVISOR),
            person("admin.platform", null, Role.PLATFORM_ADMIN),
            client("client.00070", "petitions:read"),
            client("client.00070", "petitions:write"),
            client("client.00070", "status:read"),
            client("client.00070", ""),
            client("client.city", "petitions:read petitions:write status:read"),
            new Caller("anonymous", test -> null, Viewer.ANONYMOUS));

    /** One call of a field: the document and its variables for a given unit's objects. */
    record Sample(String document, Function<UnitCode, Map<String, Object>> variables, boolean namesAUnit) {}

    @Autowired
    GraphQlSource graphQl;

    private final Map<UnitCode, Petition> petitions = new LinkedHashMap<>();
    private final Map<UnitCode, Reception> receptions = new LinkedHashMap<>();
    private final Map<UnitCode, Assignment> assignments = new LinkedHashMap<>();
    private String directiveId;
    private String taskId;

    record Petition(String id, String trackingCode) {}

    /** A held reception session of a unit and an entry in its register. */
    record Reception(String sessionId, String entryId) {}

    /** A unit's assignment of the test's directive task, and a plan item for it. */
    record Assignment(String id, String planItemId) {}

    static final Map<UnitCode, String> OFFICERS = Map.of(OWN, "officer.hoankiem", OTHER, "officer.badinh");

    @BeforeAll
    void aPetitionInEachUnit() {
        petitions.put(OWN, receive(OFFICERS.get(OWN)));
        petitions.put(OTHER, receive(OFFICERS.get(OTHER)));
    }

    /** Real objects to name: a missing one reads as NOT_FOUND, which the matrix takes for a refusal. */
    @BeforeAll
    void receptionsAndDirectiveAssignmentsInEachUnit() {
        directiveId = ok(
                        "supervisor.city",
                        """
                        mutation($input: CreateDirectiveInput!) { createDirective(input: $input) { id } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "number", "M" + System.nanoTime() % 1_000_000 + "-CT/TU",
                                        "title", "Chỉ thị cho ma trận quyền",
                                        "issuedOn", "2026-07-01",
                                        "issuer", "Ban Thường vụ Thành ủy",
                                        "groups", List.of("Triển khai"))))
                .read("$.data.createDirective.id");
        taskId = ok(
                        "supervisor.city",
                        "mutation($input: CreateDirectiveTaskInput!) { createDirectiveTask(input: $input) { id } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "directiveId", directiveId,
                                        "groupPosition", 1,
                                        "title", "Nhiệm vụ cho ma trận quyền",
                                        "recurrence", "NONE",
                                        "dueOn", "2027-06-30")))
                .read("$.data.createDirectiveTask.id");
        ok(
                "supervisor.city",
                "mutation($input: AssignDirectiveTaskInput!) { assignDirectiveTask(input: $input) { created } }",
                Map.of(
                        "input",
                        Map.of("taskId", taskId, "units", Map.of("codes", List.of(OWN.value(), OTHER.value())))));
        for (UnitCode unit : List.of(OWN, OTHER)) {
            receptions.put(unit, reception(OFFICERS.get(unit)));
            assignments.put(unit, assignment(OFFICERS.get(unit)));
        }
    }

    @Test
    void everyCallerGetsExactlyWhatTheRulesSay() {
        List<String> mismatches = new ArrayList<>();
        Map<String, Sample> samples = samples();
        for (String coordinate :
                fieldsOf(graphQl.schema().getQueryType(), graphQl.schema().getMutationType())) {
            String[] parts = coordinate.split("\\.");
            Optional<AccessRule> declared = AccessRules.rule(parts[0], parts[1]);
            Sample sample = samples.get(coordinate);
            assertThat(declared).as("an access rule for " + coordinate).isPresent();
            assertThat(sample)
                    .as("a sample call of " + coordinate + " in this test")
                    .isNotNull();
            AccessRule rule = coordinate.equals("Query.node")
                    ? AccessRules.nodeRule("Petition").orElseThrow()
                    : declared.get();
            for (Caller caller : CALLERS) {
                for (UnitCode unit : sample.namesAUnit() ? List.of(OWN, OTHER) : List.of(OWN)) {
                    boolean expected = rule.admits(caller.viewer())
                            && (!sample.namesAUnit() || rule.reaches(caller.viewer(), unit));
                    Response response = graphQlWithToken(
                            caller.token().apply(this),
                            sample.document(),
                            sample.variables().apply(unit));
                    String outcome = outcome(coordinate, response);
                    boolean allowed = outcome.equals("allowed");
                    if (allowed != expected
                            || (!allowed && !caller.viewer().signedIn() && !outcome.equals("UNAUTHENTICATED"))) {
                        mismatches.add(coordinate + " by " + caller.name() + " on " + unit.value() + ": expected "
                                + (expected ? "allowed" : "refused") + ", got " + outcome + " " + response.body());
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /**
     * Every subscription field, subscribed to over graphql-ws by every kind of caller at once:
     * those the rule does not admit are refused at subscribe (FORBIDDEN, or UNAUTHENTICATED
     * without a token) and hear nothing; those it admits hear their own unit's events, never
     * another unit's, though both change while they listen.
     */
    @Test
    void everySubscriptionAdmitsExactlyWhomTheRulesSayToTheirOwnUnitsEvents() throws Exception {
        List<String> mismatches = new ArrayList<>();
        Map<String, SubscriptionSample> samples = subscriptionSamples();
        for (String coordinate : fieldsOf(graphQl.schema().getSubscriptionType())) {
            String[] parts = coordinate.split("\\.");
            Optional<AccessRule> rule = AccessRules.rule(parts[0], parts[1]);
            SubscriptionSample sample = samples.get(coordinate);
            assertThat(rule).as("an access rule for " + coordinate).isPresent();
            assertThat(sample)
                    .as("a sample subscription to " + coordinate + " in this test")
                    .isNotNull();
            Map<Caller, GraphQlWsClient> subscribers = new LinkedHashMap<>();
            try {
                for (Caller caller : CALLERS) {
                    subscribers.put(
                            caller,
                            GraphQlWsClient.subscribe(port, caller.token().apply(this), sample.document()));
                }
                List<GraphQlWsClient> admitted = new ArrayList<>();
                for (Map.Entry<Caller, GraphQlWsClient> subscriber : subscribers.entrySet()) {
                    if (rule.get().admits(subscriber.getKey().viewer())) {
                        admitted.add(subscriber.getValue());
                    } else {
                        subscriber.getValue().awaitAnswer(PATIENCE);
                    }
                }
                // Own-unit events until every admitted subscriber is listening, another unit's,
                // then the own unit's again: what came before that last one includes any leak.
                changeUntilEveryoneHeard(sample, admitted);
                sample.eventIn().accept(OTHER);
                changeUntilEveryoneHeard(sample, admitted);
                subscribers.forEach((caller, subscriber) ->
                        mismatches.addAll(subscriptionMismatches(coordinate, rule.get(), sample, caller, subscriber)));
            } finally {
                subscribers.values().forEach(GraphQlWsClient::close);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static List<String> subscriptionMismatches(
            String coordinate, AccessRule rule, SubscriptionSample sample, Caller caller, GraphQlWsClient subscriber) {
        String by = coordinate + " by " + caller.name() + ": ";
        if (!rule.admits(caller.viewer())) {
            String expected = caller.viewer().signedIn() ? "FORBIDDEN" : "UNAUTHENTICATED";
            return expected.equals(subscriber.errorCode()) && events(subscriber).isEmpty()
                    ? List.of()
                    : List.of(by + "expected " + expected + ", got " + subscriber.errors + " " + subscriber.next);
        }
        List<UnitCode> heard = events(subscriber).stream().map(sample.unitOf()).toList();
        Optional<UnitCode> own = caller.viewer().unit();
        boolean onlyItsOwn =
                heard.stream().allMatch(unit -> own.map(unit::equals).orElse(true));
        return subscriber.errorCode() == null && heard.size() >= 2 && onlyItsOwn
                ? List.of()
                : List.of(by + "expected its own unit's events only, got " + subscriber.errors + " " + heard);
    }

    /** Changes in the own unit until every subscriber has heard one more: no guess at when one is live. */
    private static void changeUntilEveryoneHeard(SubscriptionSample sample, List<GraphQlWsClient> subscribers)
            throws InterruptedException {
        Map<GraphQlWsClient, Integer> before = new LinkedHashMap<>();
        subscribers.forEach(subscriber -> before.put(subscriber, subscriber.next.size()));
        for (int attempt = 0; attempt < 5; attempt++) {
            sample.eventIn().accept(OWN);
            boolean all = true;
            for (GraphQlWsClient subscriber : subscribers) {
                all &= subscriber.awaitNext(before.get(subscriber) + 1, PATIENCE);
            }
            if (all) {
                return;
            }
        }
        throw new AssertionError("Not every admitted subscriber heard of a change in its unit");
    }

    /** A subscription: its document, how to make one of its events in a unit, whose unit an event is. */
    record SubscriptionSample(
            String document, Consumer<UnitCode> eventIn, Function<DocumentContext, UnitCode> unitOf) {}

    private Map<String, SubscriptionSample> subscriptionSamples() {
        return Map.of(
                "Subscription.petitionEvents",
                new SubscriptionSample(
                        "subscription { petitionEvents { petitionId } }",
                        unit -> receive(OFFICERS.get(unit)),
                        message -> GlobalId.decode(message.read("$.payload.data.petitionEvents.petitionId"))
                                .unit()
                                .orElseThrow()));
    }

    @Test
    void theTokensMapToTheViewersTheMatrixAssumes() {
        for (Caller caller : CALLERS) {
            Response me = graphQlWithToken(
                    caller.token().apply(this), "{ me { roles scopes client unit { code } } }", Map.of());
            Viewer viewer = caller.viewer();
            if (!viewer.signedIn()) {
                assertThat(me.errorCode()).isEqualTo("UNAUTHENTICATED");
                continue;
            }
            assertThat(me.<List<String>>read("$.data.me.roles"))
                    .as(caller.name())
                    .containsExactlyInAnyOrderElementsOf(
                            viewer.roles().stream().map(Role::name).toList());
            assertThat(new TreeSet<>(me.<List<String>>read("$.data.me.scopes")))
                    .as(caller.name())
                    .containsAll(viewer.thirdParty() ? viewer.scopes() : Set.of());
            Map<String, Object> unit = me.read("$.data.me.unit");
            assertThat(Optional.ofNullable(unit).map(u -> (String) u.get("code")))
                    .as(caller.name())
                    .isEqualTo(viewer.unit().map(UnitCode::value));
        }
    }

    /** The fields of these root types ({@code Query.x}), as the running schema has them. */
    private static List<String> fieldsOf(GraphQLObjectType... rootTypes) {
        List<String> fields = new ArrayList<>();
        for (GraphQLObjectType type : rootTypes) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                fields.add(type.getName() + "." + field.getName());
            }
        }
        return fields;
    }

    /** The events a subscriber heard: the {@code next} messages with data. */
    private static List<DocumentContext> events(GraphQlWsClient subscriber) {
        return subscriber.next.stream()
                .filter(message -> message.read("$.payload", Map.class).get("data") != null)
                .toList();
    }

    private static String outcome(String coordinate, Response response) {
        String code = response.errorCode();
        if (code != null && REFUSALS.contains(code)) {
            return code;
        }
        if (response.status() != 200) {
            return "HTTP " + response.status();
        }
        String field = coordinate.substring(coordinate.indexOf('.') + 1);
        // These read an object out of the caller's reach as null, not as an error.
        if (Set.of("node", "petitionStatus", "directiveAssignment").contains(field)
                && response.<Object>read("$.data." + field) == null) {
            return "null " + field;
        }
        return "allowed";
    }

    private Map<String, Sample> samples() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put("Query.me", fixed("{ me { subject } }"));
        samples.put("Query.node", byId("query($id: ID!) { node(id: $id) { id } }"));
        samples.put(
                "Query.unit",
                new Sample("query($c: String!) { unit(code: $c) { code } }", unit -> Map.of("c", unit.value()), true));
        samples.put("Query.units", fixed("{ units(first: 1) { totalCount } }"));
        samples.put("Query.petitions", fixed("{ petitions(first: 1) { totalCount } }"));
        samples.put("Query.petition", byId("query($id: ID!) { petition(id: $id) { id } }"));
        samples.put(
                "Query.petitionStatus",
                byCode("query($code: String!) { petitionStatus(trackingCode: $code) { state } }"));
        samples.put("Query.publicHolidays", fixed("{ publicHolidays(year: 2026) { day } }"));
        samples.put("Mutation.receivePetition", new Sample("""
                        mutation($input: ReceivePetitionInput!) {
                          receivePetition(input: $input) { receipts { trackingCode } }
                        }""", unit -> Map.of("input", receiveInput()), false));
        transition(samples, "classifyPetition", "ClassifyPetitionInput", Map.of());
        transition(samples, "acceptPetition", "AcceptPetitionInput", Map.of());
        transition(samples, "rejectPetition", "ReasonInput", Map.of("reason", "Không đủ điều kiện"));
        transition(samples, "guidePetition", "ReasonInput", Map.of("reason", "Hướng dẫn"));
        transition(
                samples,
                "transferPetition",
                "TransferPetitionInput",
                Map.of("toUnit", "00004", "reason", "Thẩm quyền"));
        transition(samples, "startPetitionVerification", "NoteInput", Map.of());
        transition(samples, "suspendPetition", "DatedReasonInput", Map.of("reason", "Chờ giám định"));
        transition(samples, "resumePetition", "DatedNoteInput", Map.of());
        transition(samples, "extendPetition", "ReasonInput", Map.of("reason", "Phức tạp"));
        transition(samples, "resolvePetition", "ResolvePetitionInput", Map.of("decision", "Quyết định"));
        transition(samples, "appealPetition", "DatedReasonInput", Map.of("reason", "Khiếu nại lần hai"));
        transition(samples, "withdrawPetition", "ReasonInput", Map.of("reason", "Rút đơn"));
        transition(samples, "closePetition", "NoteInput", Map.of());
        transition(samples, "assignPetitionHandler", "AssignHandlerInput", Map.of("handlerSubject", "clerk.hoankiem"));
        // A score of 0 is refused on its input, after the access check, and rates nothing.
        samples.put(
                "Mutation.ratePetition",
                byCode(
                        "mutation($code: String!) { ratePetition(trackingCode: $code, secret: \"x\", score: 0) { state } }"));
        // An empty name is refused on its input, after the access check: the calendar stays as it is.
        samples.put(
                "Mutation.setPublicHoliday",
                fixed("mutation { setPublicHoliday(input: { day: \"2026-10-14\", kind: HOLIDAY, name: \" \","
                        + " source: \" \" }) { day } }"));
        samples.put("Mutation.removePublicHoliday", fixed("mutation { removePublicHoliday(day: \"1990-01-02\") }"));
        receptionSamples(samples);
        directiveSamples(samples);
        samples.put(
                "Query.oversight",
                fixed("{ oversight(period: { from: \"2026-01\", to: \"2026-01\" }, units: [\"00070\"]) { asOf } }"));
        // A document that does not parse, and a malformed client id, are refused on their input.
        samples.put(
                "Mutation.registerTrustedDocument",
                fixed(
                        "mutation { registerTrustedDocument(input: { client: \"client.00070\", document: \"{\" }) { sha256Hash } }"));
        samples.put(
                "Mutation.setClientTrustedOnly",
                fixed("mutation { setClientTrustedOnly(client: \"no client!\", trustedOnly: true) { client } }"));
        return samples;
    }

    private void receptionSamples(Map<String, Sample> samples) {
        samples.put("Query.receptionCalendar", fixed("{ receptionCalendar(year: 2026, month: 11) { id } }"));
        samples.put(
                "Query.receptionSession",
                byReception("query($id: ID!) { receptionSession(id: $id) { id } }", Reception::sessionId));
        samples.put("Query.receptionRegister", fixed("{ receptionRegister(year: 2026, first: 1) { totalCount } }"));
        samples.put(
                "Query.receptionEntry",
                byReception("query($id: ID!) { receptionEntry(id: $id) { id } }", Reception::entryId));
        samples.put("Query.receptionCompliance", fixed("{ receptionCompliance(year: 2026, month: 11) { unitCode } }"));
        samples.put("Query.receptionReport", fixed("{ receptionReport(period: YEAR, year: 2026) { year } }"));
        samples.put("Query.receptionFrequencyRules", fixed("{ receptionFrequencyRules { office } }"));
        // A leader's periodic reception presided by an officer is refused on its input.
        samples.put("Mutation.planReceptionSession", fixed("""
                mutation {
                  planReceptionSession(input: { kind: LEADER_PERIODIC, heldOn: "2026-11-03", startsAt: "08:00",
                                                presiderOffice: OFFICER, presiderName: "Nguyễn Thị Lan" }) { id }
                }"""));
        // Stale versions: CONFLICT where allowed, and nothing changes.
        samples.put(
                "Mutation.holdReceptionSession",
                byReception(
                        "mutation($id: ID!) { holdReceptionSession(id: $id, version: -1, input: {}) { id } }",
                        Reception::sessionId));
        samples.put(
                "Mutation.cancelReceptionSession",
                byReception(
                        "mutation($id: ID!) { cancelReceptionSession(id: $id, version: -1, input: { reason: \"Họp\" }) { id } }",
                        Reception::sessionId));
        samples.put("Mutation.createPetitionsFromReceptionEntry", byReception("""
                        mutation($id: ID!) {
                          createPetitionsFromReceptionEntry(id: $id, version: -1,
                              matters: [{ kinds: [RECOMMENDATION], subject: "Đèn đường" }]) { entry { id } }
                        }""", Reception::entryId));
        // Blank texts are refused on their input, in the caller's own unit.
        samples.put(
                "Mutation.recordReceptionEntry",
                new Sample("""
                        mutation($session: ID!) {
                          recordReceptionEntry(input: { sessionId: $session, content: " ",
                              visitors: [{ fullName: "Người đến" }] }) { entry { id } }
                        }""", unit -> Map.of("session", receptions.get(OWN).sessionId()), false));
        samples.put(
                "Mutation.issueReceptionConclusionNotice",
                new Sample("""
                        mutation($session: ID!) {
                          issueReceptionConclusionNotice(sessionId: $session,
                              input: { text: " ", addressees: ["Phòng Tư pháp"] }) { id }
                        }""", unit -> Map.of("session", receptions.get(OWN).sessionId()), false));
    }

    private void directiveSamples(Map<String, Sample> samples) {
        samples.put("Query.directives", fixed("{ directives(first: 1) { totalCount } }"));
        samples.put(
                "Query.directive",
                new Sample("query($id: ID!) { directive(id: $id) { id } }", unit -> Map.of("id", directiveId), false));
        samples.put(
                "Query.directiveProgress",
                new Sample(
                        "query($id: ID!) { directiveProgress(directiveId: $id) { asOf } }",
                        unit -> Map.of("id", directiveId),
                        false));
        samples.put("Query.directiveAssignments", fixed("{ directiveAssignments(first: 1) { totalCount } }"));
        samples.put(
                "Query.directiveAssignment",
                byAssignment("query($id: ID!) { directiveAssignment(id: $id) { id } }", Assignment::id));
        samples.put("Query.directiveFeed", fixed("{ directiveFeed(first: 1) { pageInfo { hasNextPage } } }"));
        // Blank texts and a bad request key are refused on their input: nothing is created.
        samples.put(
                "Mutation.createDirective",
                fixed("mutation { createDirective(input: { number: \" \", title: \"x\", issuedOn: \"2026-07-01\","
                        + " issuer: \"x\", groups: [\"x\"] }) { id } }"));
        samples.put(
                "Mutation.createDirectiveTask",
                new Sample(
                        "mutation($id: ID!) { createDirectiveTask(input: { directiveId: $id, groupPosition: 1,"
                                + " title: \" \", dueOn: \"2027-06-30\" }) { id } }",
                        unit -> Map.of("id", directiveId),
                        false));
        samples.put(
                "Mutation.assignDirectiveTask",
                new Sample(
                        "mutation($id: ID!) { assignDirectiveTask(input: { taskId: $id, units: { all: true },"
                                + " requestKey: \" \" }) { created } }",
                        unit -> Map.of("id", taskId),
                        false));
        samples.put(
                "Mutation.returnDirectiveReport",
                new Sample(
                        "mutation($id: ID!) { returnDirectiveReport(id: $id, comment: \" \") { id } }",
                        unit -> Map.of(
                                "id", GlobalId.of("DirectiveReport", unit, 1).encode()),
                        true));
        // Accepting again, or marking the plan item done again, changes nothing that matters here.
        samples.put(
                "Mutation.acceptDirectiveAssignment",
                byAssignment("mutation($id: ID!) { acceptDirectiveAssignment(id: $id) { id } }", Assignment::id));
        samples.put(
                "Mutation.completeDirectivePlanItem",
                byAssignment(
                        "mutation($id: ID!) { completeDirectivePlanItem(id: $id, doneOn: \"2026-11-02\") { id } }",
                        Assignment::planItemId));
        samples.put(
                "Mutation.addDirectivePlanItem",
                ownAssignment("mutation($id: ID!) { addDirectivePlanItem(input: { assignmentId: $id, title: \" \","
                        + " ownerName: \"x\", startsOn: \"2026-11-02\", dueOn: \"2026-11-30\" }) { id } }"));
        samples.put(
                "Mutation.reportDirectiveProgress",
                ownAssignment("mutation($id: ID!) { reportDirectiveProgress(input: { assignmentId: $id, percent: 101,"
                        + " narrative: \"x\" }) { id } }"));
        samples.put(
                "Mutation.addDirectiveNote",
                ownAssignment(
                        "mutation($id: ID!) { addDirectiveNote(input: { assignmentId: $id, body: \" \" }) { id } }"));
    }

    private Sample byReception(String document, Function<Reception, String> id) {
        return new Sample(document, unit -> Map.of("id", id.apply(receptions.get(unit))), true);
    }

    private Sample byAssignment(String document, Function<Assignment, String> id) {
        return new Sample(document, unit -> Map.of("id", id.apply(assignments.get(unit))), true);
    }

    private Sample ownAssignment(String document) {
        return new Sample(document, unit -> Map.of("id", assignments.get(OWN).id()), false);
    }

    /** A transition with a stale version: CONFLICT where allowed, and nothing changes. */
    private void transition(Map<String, Sample> samples, String field, String inputType, Map<String, Object> input) {
        samples.put(
                "Mutation." + field,
                new Sample(
                        "mutation($id: ID!, $input: " + inputType + "!) { " + field
                                + "(id: $id, version: -1, input: $input) { id } }",
                        unit -> Map.of("id", petitions.get(unit).id(), "input", input),
                        true));
    }

    private static Sample fixed(String document) {
        return new Sample(document, unit -> Map.of(), false);
    }

    private Sample byId(String document) {
        return new Sample(document, unit -> Map.of("id", petitions.get(unit).id()), true);
    }

    private Sample byCode(String document) {
        return new Sample(document, unit -> Map.of("code", petitions.get(unit).trackingCode()), true);
    }

    private Petition receive(String officer) {
        Response response = graphQl(officer, """
                mutation($input: ReceivePetitionInput!) {
                  receivePetition(input: $input) { petitions { id } receipts { trackingCode } }
                }""", Map.of("input", receiveInput()));
        return new Petition(
                response.read("$.data.receivePetition.petitions[0].id"),
                response.read("$.data.receivePetition.receipts[0].trackingCode"));
    }

    /** A reception session the officer plans and holds, with one entry in its register. */
    private Reception reception(String officer) {
        Map<String, Object> planned = ok(officer, """
                        mutation {
                          planReceptionSession(input: { kind: REGULAR, heldOn: "2026-11-02", startsAt: "08:00",
                                                        place: "Trụ sở UBND", presiderOffice: OFFICER, presiderName: "Nguyễn Thị Lan" }) {
                            id version
                          }
                        }""", Map.of()).read("$.data.planReceptionSession");
        String session = ok(officer, """
                        mutation($id: ID!, $version: Int!) {
                          holdReceptionSession(id: $id, version: $version, input: {}) { id }
                        }""", Map.of("id", planned.get("id"), "version", planned.get("version")))
                .read("$.data.holdReceptionSession.id");
        String entry = ok(officer, """
                        mutation($session: ID!) {
                          recordReceptionEntry(input: { sessionId: $session, content: "Đề nghị sửa đường ngõ 12.",
                              visitors: [{ fullName: "Người đến" }] }) { entry { id } }
                        }""", Map.of("session", session)).read("$.data.recordReceptionEntry.entry.id");
        return new Reception(session, entry);
    }

    /** The officer's unit's assignment of the test's task, and a plan item added to it. */
    private Assignment assignment(String officer) {
        List<String> ids = ok(
                        officer, "{ directiveAssignments(first: 200) { edges { node { id task { id } } } } }", Map.of())
                .json()
                .read("$.data.directiveAssignments.edges[?(@.node.task.id == '" + taskId + "')].node.id");
        assertThat(ids).hasSize(1);
        String item = ok(officer, """
                        mutation($id: ID!) {
                          addDirectivePlanItem(input: { assignmentId: $id, title: "Quán triệt", ownerName: "Cán bộ",
                                                        startsOn: "2026-11-02", dueOn: "2026-11-30" }) { id }
                        }""", Map.of("id", ids.getFirst())).read("$.data.addDirectivePlanItem.id");
        return new Assignment(ids.getFirst(), item);
    }

    private Response ok(String user, String document, Map<String, Object> variables) {
        Response response = graphQl(user, document, variables);
        assertThat(response.errorCode()).as(response.body()).isNull();
        return response;
    }

    private static Map<String, Object> receiveInput() {
        return Map.of(
                "kinds", List.of("RECOMMENDATION"),
                "channel", "IN_PERSON",
                "subject", "Kiến nghị lắp đèn đường ngõ 12",
                "matter", "Ngõ tối, đề nghị lắp đèn.",
                "petitioners", List.of(Map.of("fullName", "Người kiến nghị")));
    }

    private static Caller person(String username, UnitCode unit, Role role) {
        return new Caller(
                username,
                test -> test.token(username),
                new Viewer(username, username, Optional.ofNullable(unit), Set.of(role), Set.of(), "danvan-console"));
    }

    private static Caller client(String clientId, String scopes) {
        Set<String> granted = scopes.isBlank() ? Set.of() : Set.of(scopes.split(" "));
        Optional<UnitCode> unit = clientId.equals("client.city")
                ? Optional.empty()
                : Optional.of(UnitCode.of(clientId.substring("client.".length())));
        return new Caller(
                clientId + " [" + scopes + "]",
                test -> test.clientToken(clientId, scopes),
                Viewer.application("service-account-" + clientId, clientId, unit, granted));
    }
}
