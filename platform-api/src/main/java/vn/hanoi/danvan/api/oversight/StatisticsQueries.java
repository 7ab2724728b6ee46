package vn.hanoi.danvan.api.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/**
 * Petition statistics over the summary cube {@code platform.petition_stat} (unit, month of
 * receipt, kind, channel, current state): grouped by any of its dimensions. The GROUP BY is made
 * of the dimensions' fixed column names only.
 */
@Repository
class StatisticsQueries {

    List<PetitionStatistic> statistics(PlatformScope platform, OversightScope scope, Set<StatisticsDimension> groupBy) {
        Set<StatisticsDimension> dimensions =
                groupBy.isEmpty() ? EnumSet.noneOf(StatisticsDimension.class) : EnumSet.copyOf(groupBy);
        String columns = dimensions.stream().map(d -> d.column).collect(Collectors.joining(", "));
        String order = dimensions.stream().map(StatisticsDimension::sortKey).collect(Collectors.joining(", "));
        boolean byUnit = dimensions.contains(StatisticsDimension.UNIT);
        // Added up on the cube's own columns first, unit names joined to the few sums after, and
        // sorted bytewise: sorting the cube's rows with the names in the key, under the database's
        // collation, cost more than all the rest (bench/RESULTS.md).
        String sql = OversightScope.UNITS_CTE
                + """
                , sums as (
                    select %s sum(st.petitions) as petitions
                      from platform.petition_stat st
                     where st.month between :from and :to and st.unit_code in (select code from scope)
                    %s
                )
                select g.*%s from sums g%s%s
                """.formatted(
                                dimensions.isEmpty() ? "" : columns + ",",
                                dimensions.isEmpty() ? "" : "group by " + columns,
                                byUnit ? ", s.name" : "",
                                byUnit ? " join scope s on s.code = g.unit_code" : "",
                                dimensions.isEmpty() ? "" : " order by " + order);
        return platform
                .sql()
                .sql(sql)
                .params(scope.params())
                .query((rs, row) -> statistic(rs, dimensions))
                .list()
                .stream()
                .filter(statistic -> statistic.petitions() != 0 || dimensions.isEmpty())
                .toList();
    }

    private static PetitionStatistic statistic(ResultSet rs, Set<StatisticsDimension> dimensions) throws SQLException {
        return new PetitionStatistic(
                dimensions.contains(StatisticsDimension.UNIT) ? rs.getString("unit_code") : null,
                dimensions.contains(StatisticsDimension.UNIT) ? rs.getString("name") : null,
                dimensions.contains(StatisticsDimension.KIND) ? rs.getString("kind") : null,
                dimensions.contains(StatisticsDimension.CHANNEL) ? rs.getString("channel") : null,
                dimensions.contains(StatisticsDimension.STATE) ? rs.getString("state") : null,
                dimensions.contains(StatisticsDimension.MONTH) ? rs.getObject("month", LocalDate.class) : null,
                rs.getInt("petitions"));
    }
}
