package vn.hanoi.danvan.api.oversight;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.hanoi.danvan.admin.UnitKind;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Viewers;

/**
 * The scorecards and statistics for reports, next to {@code /graphql}, with the same bearer token
 * and the same rule (city supervisors only):
 * {@code GET /api/oversight/scorecards.csv|xlsx?from=2026-01&to=2026-12[&units=00070,00004][&kind=WARD]
 * [&orderBy=OVERDUE&direction=DESC]} and
 * {@code GET /api/oversight/statistics.csv|xlsx?from=..&to=..&groupBy=UNIT,KIND,MONTH}. The
 * figures are computed before the first byte is sent, so a refusal is a JSON error with
 * {@code extensions.code}; the file is then streamed.
 */
@RestController
class OversightExportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CityOversight oversight;
    private final Viewers viewers;

    OversightExportController(CityOversight oversight, Viewers viewers) {
        this.oversight = oversight;
        this.viewers = viewers;
    }

    @GetMapping("/api/oversight/scorecards.{format}")
    ResponseEntity<StreamingResponseBody> scorecards(
            @PathVariable String format,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String units,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String orderBy,
            @RequestParam(required = false) String direction) {
        Oversight question = ask(from, to, units, kind);
        List<Scorecard> cards = oversight.scorecards(
                question.scope(),
                parse(ScorecardOrder.class, "orderBy", orderBy, ScorecardOrder.OVERDUE),
                parse(SortDirection.class, "direction", direction, SortDirection.DESC));
        return file("bang-xep-hang-don-vi", format, OversightExports.scorecards(question, cards));
    }

    @GetMapping("/api/oversight/statistics.{format}")
    ResponseEntity<StreamingResponseBody> statistics(
            @PathVariable String format,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String units,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String groupBy) {
        Oversight question = ask(from, to, units, kind);
        Set<StatisticsDimension> dimensions = EnumSet.noneOf(StatisticsDimension.class);
        for (String name : list(groupBy)) {
            dimensions.add(parse(StatisticsDimension.class, "groupBy", name, null));
        }
        List<PetitionStatistic> rows = oversight.statistics(question.scope(), dimensions);
        return file("thong-ke-don-thu", format, OversightExports.statistics(question, dimensions, rows));
    }

    private Oversight ask(String from, String to, String units, String kind) {
        List<String> codes = units == null || units.isBlank() ? null : list(units);
        return oversight.ask(viewers.current(), from, to, codes, parse(UnitKind.class, "kind", kind, null));
    }

    private static ResponseEntity<StreamingResponseBody> file(String name, String format, ExportTable table) {
        boolean excel = switch (format) {
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw ApiException.badInput("format", "Exports are .csv or .xlsx.");
        };
        return ResponseEntity.ok()
                .contentType(excel ? XLSX : CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + format)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(out -> {
                    if (excel) {
                        TableWriters.xlsx(table, out);
                    } else {
                        TableWriters.csv(table, out);
                    }
                });
    }

    private static List<String> list(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::trim)
                        .filter(part -> !part.isEmpty())
                        .toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text, E otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badInput(
                    field, "Not a value of " + field + ": " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
