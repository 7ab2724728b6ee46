package vn.hanoi.danvan.api.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.api.security.Viewer;

/** {@code node(id:)}: any object by its Relay global id, through the feature that owns its type. */
@Controller
class NodeController {

    private final Map<String, NodeResolver> resolvers;

    NodeController(List<NodeResolver> resolvers) {
        this.resolvers = resolvers.stream().collect(Collectors.toMap(NodeResolver::type, Function.identity()));
    }

    @QueryMapping
    Object node(@Argument String id, @ContextValue Viewer viewer) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        GlobalId globalId = GlobalId.decode(id);
        NodeResolver resolver = resolvers.get(globalId.type());
        if (resolver == null) {
            throw ApiException.badInput("id", "Not an id this API issued.");
        }
        return resolver.resolve(globalId, viewer).orElse(null);
    }
}
