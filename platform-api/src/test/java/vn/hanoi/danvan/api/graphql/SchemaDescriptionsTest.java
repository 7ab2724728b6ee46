package vn.hanoi.danvan.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The published SDL documents every type, field, argument and enum value. */
class SchemaDescriptionsTest {

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls");
        assertThat(files).isNotEmpty();
        for (Resource file : files) {
            registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
        }
        List<String> undocumented = new ArrayList<>();
        List<TypeDefinition<?>> types = new ArrayList<>();
        registry.types().values().forEach(type -> types.add(type));
        registry.objectTypeExtensions().values().forEach(extensions -> types.addAll(extensions));
        for (TypeDefinition<?> type : types) {
            if (!(type instanceof graphql.language.ObjectTypeExtensionDefinition)) {
                check(type.getName(), descriptionOf(type), undocumented);
            }
            switch (type) {
                case ObjectTypeDefinition object ->
                    object.getFieldDefinitions().forEach(field -> {
                        check(type.getName() + "." + field.getName(), field.getDescription(), undocumented);
                        field.getInputValueDefinitions()
                                .forEach(argument -> check(
                                        type.getName() + "." + field.getName() + "(" + argument.getName() + ")",
                                        argument.getDescription(),
                                        undocumented));
                    });
                case InterfaceTypeDefinition face ->
                    face.getFieldDefinitions()
                            .forEach(field -> check(
                                    type.getName() + "." + field.getName(), field.getDescription(), undocumented));
                case InputObjectTypeDefinition input ->
                    input.getInputValueDefinitions()
                            .forEach(field -> check(
                                    type.getName() + "." + field.getName(), field.getDescription(), undocumented));
                case EnumTypeDefinition enumeration ->
                    enumeration
                            .getEnumValueDefinitions()
                            .forEach(value -> check(
                                    type.getName() + "." + value.getName(), value.getDescription(), undocumented));
                default -> {}
            }
        }
        assertThat(undocumented).isEmpty();
    }

    private static Description descriptionOf(TypeDefinition<?> type) {
        return type instanceof graphql.language.AbstractDescribedNode<?> described ? described.getDescription() : null;
    }

    private static void check(String where, Description description, List<String> undocumented) {
        if (description == null || description.getContent().isBlank()) {
            undocumented.add(where);
        }
    }
}
