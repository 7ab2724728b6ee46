package vn.hanoi.danvan.api.directives;

import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.NodeResolver;
import vn.hanoi.danvan.api.security.Viewer;

/**
 * {@code node(id:)} for directive types: directives and tasks for any signed-in viewer; a unit's
 * assignments and reports for its staff and city-level roles, and as null for anyone else.
 */
@Configuration
class DirectiveNodes {

    @Bean
    NodeResolver directiveNode(DirectiveReads reads) {
        return resolver(Directive.TYPE, Directive.class, reads::directive);
    }

    @Bean
    NodeResolver directiveTaskNode(DirectiveReads reads) {
        return resolver(DirectiveTask.TYPE, DirectiveTask.class, reads::task);
    }

    @Bean
    NodeResolver directiveAssignmentNode(AssignmentReads reads) {
        return resolver(DirectiveIds.ASSIGNMENT, Assignment.class, reads::one);
    }

    @Bean
    NodeResolver directiveReportNode(AssignmentReads reads) {
        return resolver(DirectiveIds.REPORT, Report.class, reads::report);
    }

    @Bean
    NodeResolver directivePlanItemNode(AssignmentReads reads) {
        return resolver(DirectiveIds.PLAN_ITEM, PlanItem.class, reads::planItem);
    }

    private static NodeResolver resolver(
            String type, Class<?> javaType, BiFunction<Viewer, GlobalId, Optional<?>> resolve) {
        return new NodeResolver() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Class<?> javaType() {
                return javaType;
            }

            @Override
            public Optional<?> resolve(GlobalId id, Viewer viewer) {
                return resolve.apply(viewer, id);
            }
        };
    }
}
