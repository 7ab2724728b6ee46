package vn.hanoi.danvan.api.graphql;

import java.util.List;
import java.util.Map;
import org.springframework.util.StreamUtils;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL response body as JSON: the maps, lists, strings, numbers, booleans and nulls that
 * graphql-java answers with go straight to the generator, anything else (a value in an error's
 * extensions) through the application's mapper. Spring's message converter looks up a serializer
 * for every value by its class, which for 3,300 scorecards of 50 fields was a sixth of the
 * request's CPU (bench/RESULTS.md); the text is the same.
 */
final class ResponseJson {

    private final JsonMapper mapper;

    ResponseJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    ServerResponse.HeadersBuilder.WriteFunction of(Map<String, Object> body) {
        return (request, response) -> {
            // Not closing the servlet's stream, as Spring's converters do not.
            try (JsonGenerator json = mapper.createGenerator(StreamUtils.nonClosing(response.getOutputStream()))) {
                write(json, body);
            }
            return null;
        };
    }

    static void write(JsonGenerator json, Object value) {
        switch (value) {
            case null -> json.writeNull();
            case String text -> json.writeString(text);
            case Integer number -> json.writeNumber(number);
            case Long number -> json.writeNumber(number);
            case Double number -> json.writeNumber(number);
            case Boolean bool -> json.writeBoolean(bool);
            case Map<?, ?> map -> {
                json.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    json.writeName(String.valueOf(entry.getKey()));
                    write(json, entry.getValue());
                }
                json.writeEndObject();
            }
            case List<?> list -> {
                json.writeStartArray();
                for (Object element : list) {
                    write(json, element);
                }
                json.writeEndArray();
            }
            default -> json.writePOJO(value);
        }
    }
}
