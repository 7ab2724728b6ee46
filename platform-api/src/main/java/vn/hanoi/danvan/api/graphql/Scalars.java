package vn.hanoi.danvan.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** {@code Date} (a day, ISO 8601, as the law counts days) and {@code DateTime} (an instant, UTC). */
final class Scalars {

    private Scalars() {}

    static final GraphQLScalarType DATE = scalar(
            "Date",
            "A calendar day, ISO 8601 (2026-07-01), in Vietnam's time zone.",
            LocalDate.class,
            LocalDate::parse);

    static final GraphQLScalarType DATE_TIME =
            scalar("DateTime", "An instant, ISO 8601 in UTC (2026-07-01T02:30:00Z).", Instant.class, Instant::parse);

    private static <T> GraphQLScalarType scalar(
            String name, String description, Class<T> type, Function<String, T> parse) {
        return GraphQLScalarType.newScalar()
                .name(name)
                .description(description)
                .coercing(new Coercing<T, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        if (type.isInstance(value)) {
                            return value.toString();
                        }
                        throw new CoercingSerializeException("Not a " + name + ": " + value);
                    }

                    @Override
                    public T parseValue(Object input, GraphQLContext context, Locale locale) {
                        try {
                            return parse.apply(String.valueOf(input));
                        } catch (DateTimeParseException e) {
                            throw new CoercingParseValueException("Not a " + name + " (ISO 8601): " + input);
                        }
                    }

                    @Override
                    public T parseLiteral(
                            Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                        if (input instanceof StringValue text) {
                            try {
                                return parse.apply(text.getValue());
                            } catch (DateTimeParseException e) {
                                // falls through to the one message below
                            }
                        }
                        throw new CoercingParseLiteralException("Not a " + name + " (ISO 8601)");
                    }
                })
                .build();
    }
}
