package vn.hanoi.danvan.api.dev;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.api.receptions.DemoReceptions;

/**
 * The demo's citizen receptions: each unit's sessions over the past months with their register,
 * some units short of the frequency rules, seeded once (none once any session exists), one
 * transaction per unit. {@link DemoData} calls it after the petitions.
 */
@Component
@Profile("dev")
class DemoReceptionData {

    private static final Logger log = LoggerFactory.getLogger(DemoReceptionData.class);

    private final DemoReceptions receptions;

    DemoReceptionData(DemoReceptions receptions) {
        this.receptions = receptions;
    }

    void seed(List<Unit> units, LocalDate today) {
        long recorded = receptions.recorded();
        if (recorded > 0) {
            log.info("Demo data: {} reception sessions already recorded; seeding none", recorded);
            return;
        }
        long started = System.nanoTime();
        List<Future<Integer>> calendars = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(DemoData.PARALLELISM)) {
            for (Unit unit : units) {
                calendars.add(pool.submit(() -> seed(unit, today)));
            }
        }
        int seeded =
                (int) calendars.stream().filter(done -> done.resultNow() > 0).count();
        log.info(
                "Demo data: {} reception sessions in {} of {} units in {} ms",
                receptions.recorded(),
                seeded,
                units.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** One unit's calendar in one transaction; 0 if it failed, which is logged. */
    private int seed(Unit unit, LocalDate today) {
        DemoReceptionDays days = new DemoReceptionDays(unit, DemoData.SEED, today);
        try {
            return receptions.atDesk(days.officer(), days::fill);
        } catch (RuntimeException e) {
            log.error("Demo data: receptions of unit {} not seeded", unit.code(), e);
            return 0;
        }
    }
}
