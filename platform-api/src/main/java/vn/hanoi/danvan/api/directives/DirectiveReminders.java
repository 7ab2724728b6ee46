package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;
import vn.hanoi.danvan.api.tenancy.UnitDoor;
import vn.hanoi.danvan.api.tenancy.UnitUnavailableException;

/**
 * Puts "report due soon" in the feed of each unit with a report due within {@value #DAYS_AHEAD}
 * days, once per report. The oversight facts say which units have one, so only those are visited;
 * a unit that is not serving is skipped and reminded on the next round.
 */
@Configuration
@EnableScheduling
class DirectiveReminders {

    static final int DAYS_AHEAD = 7;

    private static final Logger log = LoggerFactory.getLogger(DirectiveReminders.class);

    private final PlatformDoor platform;
    private final UnitDoor units;
    private final FeedRepository feed;
    private final DirectiveCalendar calendar;

    DirectiveReminders(PlatformDoor platform, UnitDoor units, FeedRepository feed, DirectiveCalendar calendar) {
        this.platform = platform;
        this.units = units;
        this.feed = feed;
        this.calendar = calendar;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${danvan.directives.reminder-interval:PT1H}")
    void onSchedule() {
        int reminded = remind(calendar.today());
        if (reminded > 0) {
            log.info("Directive reminders: {} new", reminded);
        }
    }

    /** One round; the number of reminders written. */
    int remind(LocalDate today) {
        LocalDate until = today.plusDays(DAYS_AHEAD);
        List<String> codes = platform.read(scope -> feed.unitsWithReportsDue(scope, today, until));
        int reminded = 0;
        for (String code : codes) {
            try {
                reminded += units.write(UnitCode.of(code), scope -> feed.remind(scope, today, until));
            } catch (UnitUnavailableException e) {
                log.debug("Directive reminders: unit {} not serving, skipped", code);
            }
        }
        return reminded;
    }
}
