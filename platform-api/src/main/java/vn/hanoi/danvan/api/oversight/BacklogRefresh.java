package vn.hanoi.danvan.api.oversight;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.hanoi.danvan.api.petitions.PetitionCalendar;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/**
 * Keeps every unit's backlog row (platform 012) on today's date. After midnight in Hanoi each row
 * is a day old, and the scorecards count those units from their open facts, right but slower,
 * until this round has recounted them. Each unit is recounted in its own short transaction, so
 * a unit's writers wait for one recount at most; several API instances may run rounds at once, a
 * recount being the same whoever makes it.
 */
@Configuration
@EnableScheduling
class BacklogRefresh {

    private static final Logger log = LoggerFactory.getLogger(BacklogRefresh.class);

    private final PlatformDoor door;
    private final PetitionCalendar calendar;

    BacklogRefresh(PlatformDoor door, PetitionCalendar calendar) {
        this.door = door;
        this.calendar = calendar;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${danvan.oversight.backlog-refresh-interval:PT5M}")
    void onSchedule() {
        int refreshed = refresh(calendar.today());
        if (refreshed > 0) {
            log.info("Oversight backlog: {} unit(s) recounted", refreshed);
        }
    }

    /** One round: the units whose row is not of {@code today} recounted; how many. */
    int refresh(LocalDate today) {
        List<String> stale = door.read(platform -> platform.sql()
                .sql("""
                        select u.code from platform.unit u
                          left join platform.petition_backlog b on b.unit_code = u.code
                         where u.status <> 'ARCHIVED' and b.as_of is distinct from :today
                         order by u.code
                        """)
                .param("today", today)
                .query(String.class)
                .list());
        for (String unit : stale) {
            door.write(platform -> platform.sql()
                    .sql("select platform.refresh_petition_backlog(:unit, :today)")
                    .param("unit", unit)
                    .param("today", today)
                    .query()
                    .listOfRows());
        }
        return stale.size();
    }
}
