package vn.hanoi.danvan.api.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JavaType;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitKind;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.petitions.PetitionCalendar;
import vn.hanoi.danvan.api.security.Role;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/**
 * City oversight: scorecards, statistics, trends and overdue cases from the units' PII-free facts,
 * for city supervisors only. Figures go through {@link OversightCache}; the overdue list, paged
 * through an index, is read directly.
 */
@Service
class CityOversight {

    static final int MAX_DUE_WITHIN_DAYS = 30;

    private static final JavaType SCORECARDS = OversightCache.listOf(Scorecard.class);

    /**
     * The scorecard's shape, in its cache key: an entry written before the reception and directive
     * parts existed would read back with them missing, so it must never be found.
     */
    private static final String SCORECARD_SHAPE = "receptions,directives";

    private static final JavaType STATISTICS = OversightCache.listOf(PetitionStatistic.class);
    private static final JavaType TRENDS = OversightCache.listOf(MonthlyTrend.class);

    private final PlatformDoor door;
    private final OversightCache cache;
    private final ScorecardQueries scorecards;
    private final StatisticsQueries statistics;
    private final TrendQueries trends;
    private final OverdueQueries overdue;
    private final PetitionCalendar calendar;

    CityOversight(
            PlatformDoor door,
            OversightCache cache,
            ScorecardQueries scorecards,
            StatisticsQueries statistics,
            TrendQueries trends,
            OverdueQueries overdue,
            PetitionCalendar calendar) {
        this.door = door;
        this.cache = cache;
        this.scorecards = scorecards;
        this.statistics = statistics;
        this.trends = trends;
        this.overdue = overdue;
        this.calendar = calendar;
    }

    /** Who may ask: city supervisors; unit staff (officers, leaders) and anyone else are refused. */
    static void requireSupervisor(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        if (!viewer.has(Role.CITY_SUPERVISOR)) {
            throw ApiException.forbidden("City oversight is for city supervisors.");
        }
    }

    Oversight ask(Viewer viewer, String from, String to, List<String> units, UnitKind kind) {
        requireSupervisor(viewer);
        return new Oversight(OversightScope.of(OversightPeriod.of(from, to), units, kind, calendar.today()));
    }

    List<Scorecard> scorecards(OversightScope scope, ScorecardOrder order, SortDirection direction) {
        List<Scorecard> cards = read(platform -> cache.through(
                platform,
                "scorecards",
                scope,
                SCORECARD_SHAPE,
                SCORECARDS,
                () -> scorecards.scorecards(platform, scope)));
        List<Scorecard> sorted = new ArrayList<>(cards);
        sorted.sort(order.comparator(direction));
        List<Scorecard> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(sorted.get(i).ranked(i + 1));
        }
        return ranked;
    }

    List<PetitionStatistic> statistics(OversightScope scope, Set<StatisticsDimension> groupBy) {
        return read(platform -> cache.through(
                platform,
                "statistics",
                scope,
                groupBy.stream().sorted().toList().toString(),
                STATISTICS,
                () -> statistics.statistics(platform, scope, groupBy)));
    }

    List<MonthlyTrend> trend(OversightScope scope, String unit) {
        OversightScope narrowed = unit == null ? scope : scope.only(unit);
        return read(platform ->
                cache.through(platform, "trend", narrowed, "", TRENDS, () -> trends.trend(platform, narrowed)));
    }

    Optional<OverdueCase> overdueCase(UnitCode unit, long petitionId) {
        return read(platform -> overdue.find(platform, unit, petitionId, calendar.today()));
    }

    Connection<OverdueCase> overdueCases(OversightScope scope, Integer dueWithinDays, Page page) {
        int within = dueWithinDays == null ? 0 : dueWithinDays;
        if (within < 0 || within > MAX_DUE_WITHIN_DAYS) {
            throw ApiException.badInput("dueWithinDays", "dueWithinDays is from 0 to " + MAX_DUE_WITHIN_DAYS + ".");
        }
        return read(platform -> Connection.of(
                overdue.page(platform, scope, within, page),
                page,
                row -> Page.cursor(row.cursor()),
                overdue.count(platform, scope, within)));
    }

    /**
     * A read of the platform's facts planned for the values at hand. The oversight statements
     * filter on optional scope parameters ({@code :allUnits or ...}) and on the period's dates;
     * once the driver prepares them on the server, PostgreSQL may settle on a generic plan that
     * cannot see through those, several times slower than a custom one. And no JIT: at 3,300 units
     * the estimates of the scorecards cross its threshold, and compiling took 2.1 s of a statement
     * that runs in a fraction of that (bench/RESULTS.md).
     */
    private <T> T read(Function<PlatformScope, T> work) {
        return door.read(platform -> {
            platform.sql().sql("""
                            select set_config('plan_cache_mode', 'force_custom_plan', true),
                                   set_config('jit', 'off', true)
                            """).query().listOfRows();
            return work.apply(platform);
        });
    }
}
