package vn.hanoi.danvan.api.receptions;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.NodeResolver;
import vn.hanoi.danvan.api.security.Viewer;

/** {@code node(id:)} for sessions and register entries: only the staff of their own unit see them. */
@Configuration(proxyBeanMethods = false)
class ReceptionNodes {

    @Bean
    NodeResolver receptionSessionNodes(ReceptionSessions sessions) {
        return resolver(ReceptionSession.TYPE, ReceptionSession.class, sessions::node);
    }

    @Bean
    NodeResolver receptionEntryNodes(ReceptionReads reads) {
        return resolver(ReceptionEntry.TYPE, ReceptionEntry.class, reads::node);
    }

    private interface Lookup {
        Optional<?> find(Viewer viewer, GlobalId id);
    }

    private static NodeResolver resolver(String type, Class<?> javaType, Lookup lookup) {
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
                return lookup.find(viewer, id);
            }
        };
    }
}
