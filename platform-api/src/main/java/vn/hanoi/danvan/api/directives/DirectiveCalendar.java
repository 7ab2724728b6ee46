package vn.hanoi.danvan.api.directives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Today in Hanoi: deadlines and report periods are days there, whatever the server's zone. */
@Component
class DirectiveCalendar {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    DirectiveCalendar(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(HANOI));
    }
}
