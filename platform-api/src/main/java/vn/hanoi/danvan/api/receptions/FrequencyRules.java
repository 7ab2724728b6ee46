package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The effective-dated frequency rules, shared by every unit, read from {@code platform}. */
@Repository
class FrequencyRules {

    /** Every rule, from a unit's or the platform's scope (the table is always schema-qualified). */
    List<FrequencyRule> all(JdbcClient sql) {
        return sql.sql("""
                        select office, period, min_days, effective_from, effective_to, legal_basis
                          from platform.reception_frequency_rule order by office, effective_from
                        """)
                .query((rs, row) -> new FrequencyRule(
                        LeaderOffice.valueOf(rs.getString("office")),
                        FrequencyRule.Period.valueOf(rs.getString("period")),
                        rs.getInt("min_days"),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class),
                        rs.getString("legal_basis")))
                .list();
    }
}
