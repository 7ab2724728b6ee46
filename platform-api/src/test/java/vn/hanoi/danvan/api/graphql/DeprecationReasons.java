package vn.hanoi.danvan.api.graphql;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;

/** Deprecated elements of a schema whose reason is missing or graphql-java's bare default. */
final class DeprecationReasons {

    static final String DEFAULT = "No longer supported";

    private DeprecationReasons() {}

    static List<String> missingIn(GraphQLSchema schema) {
        List<String> missing = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__")) {
                continue;
            }
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    check(
                            missing,
                            type.getName() + "." + field.getName(),
                            field.isDeprecated(),
                            field.getDeprecationReason());
                    for (GraphQLArgument argument : field.getArguments()) {
                        check(
                                missing,
                                type.getName() + "." + field.getName() + "(" + argument.getName() + ")",
                                argument.isDeprecated(),
                                argument.getDeprecationReason());
                    }
                }
            }
            if (type instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    check(
                            missing,
                            type.getName() + "." + field.getName(),
                            field.isDeprecated(),
                            field.getDeprecationReason());
                }
            }
            if (type instanceof GraphQLEnumType enumType) {
                for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                    check(
                            missing,
                            type.getName() + "." + value.getName(),
                            value.isDeprecated(),
                            value.getDeprecationReason());
                }
            }
        }
        return missing;
    }

    private static void check(List<String> missing, String where, boolean deprecated, String reason) {
        if (deprecated && (reason == null || reason.isBlank() || reason.equals(DEFAULT))) {
            missing.add(where);
        }
    }
}
