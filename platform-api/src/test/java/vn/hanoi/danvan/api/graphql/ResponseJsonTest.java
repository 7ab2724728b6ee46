package vn.hanoi.danvan.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

class ResponseJsonTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static String written(Object body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            ResponseJson.write(json, body);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aResponseReadsAsTheMapperWritesIt() {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("unitCode", "00070");
        card.put("unitName", "Phường Hoàn Kiếm \"cũ\"\n");
        card.put("received", 1234);
        card.put("big", 12_345_678_901L);
        card.put("onTimeRate", 0.9375);
        card.put("medianDaysToResolve", null);
        card.put("closed", true);
        card.put("byKind", Map.of("complaint", 3));
        card.put("months", Arrays.asList(1, null, 2.5));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", Map.of("oversight", Map.of("scorecards", List.of(card, card))));
        body.put("errors", List.of(Map.of("message", "x", "extensions", Map.of("asOf", LocalDate.of(2026, 11, 29)))));

        assertThat(written(body)).isEqualTo(MAPPER.writeValueAsString(body));
    }
}
