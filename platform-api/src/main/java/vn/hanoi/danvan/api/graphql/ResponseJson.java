package vn.hanoi.danvan.api.graphql;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
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

    private static final int BUFFER = 64 * 1024;

    private final JsonMapper mapper;

    ResponseJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    ServerResponse.HeadersBuilder.WriteFunction of(Map<String, Object> body) {
        return (request, response) -> {
            // Not closing the servlet's stream, as Spring's converters do not. Handed to it in large
            // pieces: a 3 MB body in the generator's 8 kB ones took twice as long to send.
            OutputStream out = new BufferedOutputStream(StreamUtils.nonClosing(response.getOutputStream()), BUFFER);
            try (JsonGenerator json = mapper.createGenerator(out)) {
                write(json, body);
            }
            return null;
        };
    }

    /** Tested most frequent first: a scorecard is mostly integers. */
    static void write(JsonGenerator json, Object value) {
        if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeName(String.valueOf(entry.getKey()));
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value == null) {
            json.writeNull();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                write(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else {
            json.writePOJO(value);
        }
    }
}
