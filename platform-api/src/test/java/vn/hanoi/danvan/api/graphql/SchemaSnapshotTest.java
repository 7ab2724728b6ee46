package vn.hanoi.danvan.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLSchema;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The schema integrators rely on, kept as a snapshot: the build fails when the SDL breaks
 * something the snapshot promises (a field or type removed, a type changed, a new required
 * argument). Additions never fail it. After a deliberate breaking change, or to record
 * additions, refresh the snapshot in the same change:
 *
 * <pre>./mvnw -B verify -pl platform-api -am -Dtest=SchemaSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Ddanvan.schema.snapshot=update</pre>
 */
class SchemaSnapshotTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/graphql-snapshot/schema.graphqls");

    @Test
    void thePublishedSchemaKeepsEverythingTheSnapshotPromises() throws IOException {
        GraphQLSchema current = current();
        if ("update".equals(System.getProperty("danvan.schema.snapshot"))) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, print(current), StandardCharsets.UTF_8);
        }
        assertThat(SNAPSHOT)
                .as("the schema snapshot; create it with the command in this class's Javadoc")
                .exists();
        GraphQLSchema snapshot = schema(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));

        assertThat(breakages(snapshot, current))
                .as("Breaking changes against %s; if intended, refresh it (see this class's Javadoc)", SNAPSHOT)
                .isEmpty();
    }

    @Test
    void everyDeprecationSaysWhy() {
        List<String> unexplained = DeprecationReasons.missingIn(current());

        assertThat(unexplained)
                .as("@deprecated(reason: ...) must say what to use instead")
                .isEmpty();
    }

    @Test
    void removalsTypeChangesAndNewRequiredArgumentsBreakAdditionsDoNot() {
        GraphQLSchema before = schema("""
                type Query { petition(id: ID!): Petition, count: Int }
                type Petition { id: ID!, state: String! }
                """);

        assertThat(breakages(before, schema("""
                type Query { petition(id: ID!): Petition, count: Int, units: [String!]! }
                type Petition { id: ID!, state: String!, subject: String }
                type Unit { code: String! }
                """))).isEmpty();
        assertThat(breakages(before, schema("""
                type Query { petition(id: ID!): Petition, count: Int }
                type Petition { id: ID! }
                """))).isNotEmpty();
        assertThat(breakages(before, schema("""
                type Query { petition(id: ID!): Petition, count: String }
                type Petition { id: ID!, state: String! }
                """))).isNotEmpty();
        assertThat(breakages(before, schema("""
                type Query { petition(id: ID!, unit: String!): Petition, count: Int }
                type Petition { id: ID!, state: String! }
                """))).isNotEmpty();
    }

    static List<String> breakages(GraphQLSchema before, GraphQLSchema after) {
        CapturingReporter reporter = new CapturingReporter();
        new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromIntrospection(before, after), reporter);
        return reporter.getBreakages().stream().map(DiffEvent::toString).toList();
    }

    static GraphQLSchema current() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try {
            for (Resource file :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
                registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    static GraphQLSchema schema(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    static String print(GraphQLSchema schema) {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                        .includeDirectives(false)
                        .includeSchemaDefinition(false))
                .print(schema);
    }
}
