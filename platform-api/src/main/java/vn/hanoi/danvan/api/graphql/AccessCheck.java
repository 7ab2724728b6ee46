package vn.hanoi.danvan.api.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.Optional;
import java.util.Set;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.security.AccessRule;
import vn.hanoi.danvan.api.security.AccessRules;
import vn.hanoi.danvan.api.security.Viewer;

/**
 * Applies {@link AccessRules} to every root field before its fetcher runs: a caller the rule
 * does not admit gets UNAUTHENTICATED (no token) or FORBIDDEN, a field without a rule is refused,
 * and a third-party client bound to a unit cannot name another unit. {@code node(id:)} answers
 * null for an object the caller could not read by name. Inside that, feature code decides what
 * the caller sees (identity, another unit's id reading as not found).
 *
 * <p>The check is wound around each root field's fetcher once, when the schema is built: an
 * instrumentation would be asked about every field of every response (a page of the inbox has
 * about 400) to find the one root field among them.
 */
final class AccessCheck extends GraphQLTypeVisitorStub {

    /**
     * The root types. A subscription is checked when subscribed to; its events are then its
     * fetcher's to filter to the caller's reach.
     */
    private static final Set<String> CHECKED = Set.of("Query", "Mutation", "Subscription");

    @Override
    public TraversalControl visitGraphQLFieldDefinition(
            GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
        if (context.getParentNode() instanceof GraphQLObjectType parent
                && CHECKED.contains(parent.getName())
                && !field.getName().startsWith("__")) {
            GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
            FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
            registry.dataFetcher(
                    coordinates,
                    checked(parent.getName(), field.getName(), registry.getDataFetcher(coordinates, field)));
        }
        return TraversalControl.CONTINUE;
    }

    private static DataFetcher<?> checked(String operation, String field, DataFetcher<?> fetcher) {
        return env -> {
            Viewer viewer = RequestViewer.of(env.getGraphQlContext());
            AccessRule rule = AccessRules.rule(operation, field)
                    .orElseThrow(() -> ApiException.forbidden("No access rule is declared for " + operation + "."
                            + field + "; it is refused until one is."));
            if (rule.target() == AccessRule.Target.ID && field.equals("node")) {
                return byNodeType(fetcher, env, viewer);
            }
            check(rule, viewer);
            Optional<UnitCode> unit = target(rule.target(), env);
            if (viewer.thirdParty() && unit.isPresent() && !rule.reaches(viewer, unit.get())) {
                throw ApiException.forbidden("This client acts for unit "
                        + viewer.unit().map(UnitCode::value).orElse("")
                        + " only.");
            }
            return fetcher.get(env);
        };
    }

    private static Object byNodeType(DataFetcher<?> fetcher, DataFetchingEnvironment env, Viewer viewer)
            throws Exception {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        GlobalId id = GlobalId.decode(env.getArgument("id"));
        Optional<AccessRule> rule = AccessRules.nodeRule(id.type());
        if (rule.isEmpty()) {
            return fetcher.get(env); // not a type with nodes: the fetcher reports the bad id
        }
        boolean readable = rule.get().admits(viewer)
                && (!viewer.thirdParty()
                        || id.unit()
                                .map(unit -> rule.get().reaches(viewer, unit))
                                .orElse(true));
        return readable ? fetcher.get(env) : null;
    }

    private static void check(AccessRule rule, Viewer viewer) {
        if (rule.admits(viewer)) {
            return;
        }
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        throw ApiException.forbidden(rule.refusal());
    }

    /** The unit the call names, when it names a valid one; a malformed one is the fetcher's to report. */
    private static Optional<UnitCode> target(AccessRule.Target target, DataFetchingEnvironment env) {
        return switch (target) {
            case NONE -> Optional.empty();
            case ID -> {
                try {
                    yield GlobalId.decode(env.getArgument("id")).unit();
                } catch (ApiException malformed) {
                    yield Optional.empty();
                }
            }
            case UNIT_CODE -> unitCode(env.getArgument("code"));
            case TRACKING_CODE -> {
                String code = env.getArgument("trackingCode");
                yield code == null || code.indexOf('-') < 0
                        ? Optional.empty()
                        : unitCode(code.substring(0, code.indexOf('-')));
            }
        };
    }

    private static Optional<UnitCode> unitCode(String code) {
        return code != null && UnitCode.isValid(code) ? Optional.of(UnitCode.of(code)) : Optional.empty();
    }
}
