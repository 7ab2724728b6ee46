package vn.hanoi.danvan.api.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hanoi.danvan.admin.ReferenceUnits;
import vn.hanoi.danvan.admin.UnitDefinition;
import vn.hanoi.danvan.api.ApiTest;

class UnitsApiTest extends ApiTest {

    private static final String UNITS = """
            query($first: Int, $after: String, $filter: UnitFilter) {
              units(first: $first, after: $after, filter: $filter) {
                totalCount
                edges { cursor node { id code name kind status } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Test
    void aSupervisorPagesThroughAll126UnitsAsTheReferenceListNamesThem() {
        List<Map<String, Object>> seen = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", 50));
            if (after != null) {
                variables.put("after", after);
            }
            Response page = graphQl("supervisor.city", UNITS, variables);
            assertThat(page.<Integer>read("$.data.units.totalCount")).isEqualTo(126);
            seen.addAll(page.read("$.data.units.edges[*].node"));
            after = page.<Boolean>read("$.data.units.pageInfo.hasNextPage")
                    ? page.read("$.data.units.pageInfo.endCursor")
                    : null;
        } while (after != null);

        assertThat(seen).hasSize(126);
        for (UnitDefinition expected : ReferenceUnits.hanoi()) {
            assertThat(seen)
                    .filteredOn(unit -> unit.get("code").equals(expected.code().value()))
                    .singleElement()
                    .satisfies(unit -> {
                        assertThat(unit.get("name")).isEqualTo(expected.name());
                        assertThat(unit.get("kind")).isEqualTo(expected.kind().name());
                        assertThat(unit.get("status")).isEqualTo("ACTIVE");
                    });
        }
    }

    @Test
    void filtersByKindAndByNameWithoutDiacritics() {
        Response wards = graphQl("supervisor.city", UNITS, Map.of("filter", Map.of("kind", "WARD")));
        assertThat(wards.<Integer>read("$.data.units.totalCount")).isEqualTo(51);

        Response search = graphQl("supervisor.city", UNITS, Map.of("filter", Map.of("search", "hoan kiem")));
        assertThat(search.<List<String>>read("$.data.units.edges[*].node.name")).containsExactly("Phường Hoàn Kiếm");
    }

    @Test
    void anOfficerAskingForAllUnitsIsForbidden() {
        Response response = graphQl("officer.hoankiem", UNITS);
        assertThat(response.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(response.body()).doesNotContain("Phường Ba Đình");
    }

    @Test
    void withoutATokenTheAnswerIsUnauthenticated() {
        assertThat(graphQl(null, UNITS).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(graphQl(null, "{ me { subject } }").errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(graphQl(null, "{ unit(code: \"00070\") { name } }").errorCode())
                .isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void anOfficerSeesTheirOwnUnitAndNoOther() {
        Response own = graphQl("officer.hoankiem", "{ unit(code: \"00070\") { code name kind } }");
        assertThat(own.<String>read("$.data.unit.name")).isEqualTo("Phường Hoàn Kiếm");

        Response other = graphQl("officer.hoankiem", "{ unit(code: \"00004\") { code name kind } }");
        assertThat(other.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(other.<Object>read("$.data.unit")).isNull();
        assertThat(other.body()).doesNotContain("Ba Đình");
    }

    @Test
    void anotherUnitsGlobalIdReadsAsNothingForAnOfficer() {
        String baDinhId =
                graphQl("supervisor.city", "{ unit(code: \"00004\") { id } }").read("$.data.unit.id");

        Response asOfficer = graphQl(
                "officer.hoankiem",
                "query($id: ID!) { node(id: $id) { id ... on Unit { name } } }",
                Map.of("id", baDinhId));
        assertThat(asOfficer.<Object>read("$.data.node")).isNull();
        assertThat(asOfficer.body()).doesNotContain("Ba Đình");

        Response asSupervisor = graphQl(
                "supervisor.city",
                "query($id: ID!) { node(id: $id) { id ... on Unit { name } } }",
                Map.of("id", baDinhId));
        assertThat(asSupervisor.<String>read("$.data.node.name")).isEqualTo("Phường Ba Đình");
    }

    @Test
    void malformedCodesIdsAndPageSizesAreBadUserInput() {
        assertThat(graphQl("supervisor.city", "{ unit(code: \"00070; drop schema platform\") { name } }")
                        .errorCode())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(graphQl("supervisor.city", "{ unit(code: \"../x\") { name } }")
                        .errorCode())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(graphQl("supervisor.city", "{ node(id: \"not-an-id\") { id } }")
                        .errorCode())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(graphQl("supervisor.city", UNITS, Map.of("first", 1000000)).errorCode())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(graphQl("supervisor.city", UNITS, Map.of("after", "%%%")).errorCode())
                .isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void anUnknownCodeIsNotFoundForTheCity() {
        Response response = graphQl("supervisor.city", "{ unit(code: \"99999\") { name } }");
        assertThat(response.errorCode()).isEqualTo("NOT_FOUND");
    }
}
