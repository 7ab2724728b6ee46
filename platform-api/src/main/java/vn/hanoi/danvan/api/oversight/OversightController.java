package vn.hanoi.danvan.api.oversight;

import java.util.EnumSet;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.admin.UnitKind;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.security.Viewer;

/** {@code oversight(period, units, kind)} and the fields of {@code Oversight}. */
@Controller
class OversightController {

    /** {@code OversightPeriodInput}. */
    record PeriodInput(String from, String to) {}

    private final CityOversight oversight;

    OversightController(CityOversight oversight) {
        this.oversight = oversight;
    }

    @QueryMapping
    Oversight oversight(
            @Argument PeriodInput period,
            @Argument List<String> units,
            @Argument UnitKind kind,
            @ContextValue Viewer viewer) {
        return oversight.ask(viewer, period.from(), period.to(), units, kind);
    }

    @SchemaMapping(typeName = "Oversight")
    List<Scorecard> scorecards(
            Oversight question, @Argument ScorecardOrder orderBy, @Argument SortDirection direction) {
        return oversight.scorecards(
                question.scope(),
                orderBy == null ? ScorecardOrder.OVERDUE : orderBy,
                direction == null ? SortDirection.DESC : direction);
    }

    @SchemaMapping(typeName = "Oversight")
    List<PetitionStatistic> statistics(Oversight question, @Argument List<StatisticsDimension> groupBy) {
        return oversight.statistics(
                question.scope(),
                groupBy.isEmpty() ? EnumSet.noneOf(StatisticsDimension.class) : EnumSet.copyOf(groupBy));
    }

    @SchemaMapping(typeName = "Oversight")
    List<MonthlyTrend> trend(Oversight question, @Argument String unit) {
        return oversight.trend(question.scope(), unit);
    }

    @SchemaMapping(typeName = "Oversight")
    Connection<OverdueCase> overdueCases(
            Oversight question, @Argument Integer dueWithinDays, @Argument Integer first, @Argument String after) {
        return oversight.overdueCases(question.scope(), dueWithinDays, Page.of(first, after));
    }
}
