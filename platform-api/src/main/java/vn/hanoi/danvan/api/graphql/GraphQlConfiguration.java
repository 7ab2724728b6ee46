package vn.hanoi.danvan.api.graphql;

import java.util.List;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Schema wiring shared by all features. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    /** Interfaces such as {@code Node} resolve to the GraphQL type each feature declares. */
    @Bean
    GraphQlSourceBuilderCustomizer nodeTypes(List<NodeResolver> resolvers) {
        ClassNameTypeResolver typeResolver = new ClassNameTypeResolver();
        resolvers.forEach(resolver -> typeResolver.addMapping(resolver.javaType(), resolver.type()));
        return builder -> builder.defaultTypeResolver(typeResolver);
    }

    /** Each distinct document is parsed and validated once, not on every request. */
    @Bean
    GraphQlSourceBuilderCustomizer documentCache() {
        DocumentCache cache = new DocumentCache();
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME);
    }
}
