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
        String columns = dimensions.stream().map(d -> d.columns).collect(Collectors.joining(", "));
        String select = dimensions.isEmpty() ? "" : columns + ", ";
        String grouping = dimensions.isEmpty() ? "" : " group by " + columns + " order by " + columns;
        String sql = OversightScope.UNITS_CTE + "select " + select + """
                sum(st.petitions) as petitions
                  from platform.petition_stat st join scope s on s.code = st.unit_code
                 where st.month between :from and :to
                """ + grouping;
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
