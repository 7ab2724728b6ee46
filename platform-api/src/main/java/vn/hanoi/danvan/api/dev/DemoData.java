package vn.hanoi.danvan.api.dev;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitRegistry;
import vn.hanoi.danvan.api.dev.DemoInbox.Forward;
import vn.hanoi.danvan.api.directives.DemoDirectives;
import vn.hanoi.danvan.api.petitions.DemoPetitions;

/**
 * Fills the embedded default with demo petitions, when {@code danvan.demo.enabled} is set and no
 * petition exists yet in any unit: a restart seeds nothing again. It runs once every singleton
 * is made, so after {@code FleetStartup} has provisioned the units and before the web server
 * starts: the API does not answer, and does not report ready, until the data is in. One
 * transaction per unit; the few transfers between units follow, each in its own.
 *
 * <p>Receipts and dated decisions (acceptance, suspension, resumption, resolution, appeal) lie
 * in the past. What the workflow dates itself stays the day of seeding: the timeline's
 * timestamps, the archiving day of closed files, and the receipt of forwarded petitions.
 */
@Component
@Profile("dev")
class DemoData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The same seed gives the same names, matters and stories on every machine. */
    static final long SEED = 20250701L;

    /** Units seeded at once: each thread waits on the database about as long as it works. */
    static final int PARALLELISM = 4;

    private final DemoPetitions petitions;
    private final DemoReceptionData receptions;
    private final DemoDirectives directives;
    private final UnitRegistry registry;
    private final boolean enabled;

    DemoData(
            DemoPetitions petitions,
            DemoReceptionData receptions,
            DemoDirectives directives,
            UnitRegistry registry,
            @Value("${danvan.demo.enabled:false}") boolean enabled) {
        this.petitions = petitions;
        this.receptions = receptions;
        this.directives = directives;
        this.registry = registry;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        long recorded;
        try {
            recorded = petitions.recorded();
        } catch (DataAccessException e) {
            log.warn("Demo data: no platform schema to seed into; run with danvan.fleet.migrate-on-start");
            return;
        }
        List<Unit> units =
                registry.all().stream().filter(unit -> unit.status().serves()).toList();
        LocalDate today = petitions.today();
        if (recorded > 0) {
            log.info("Demo data: {} petitions already recorded; seeding none", recorded);
        } else {
            seedPetitions(units, today);
        }
        receptions.seed(units, today);
        seedDirectives();
    }

    private void seedPetitions(List<Unit> units, LocalDate today) {
        long started = System.nanoTime();
        List<Forward> forwards = new ArrayList<>();
        int seeded = 0;
        // Units are independent: a few at once keep both the database and the JVM busy.
        List<Future<Optional<List<Forward>>>> inboxes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM)) {
            for (Unit unit : units) {
                inboxes.add(pool.submit(() -> seed(unit, today)));
            }
        }
        for (Future<Optional<List<Forward>>> inbox : inboxes) {
            Optional<List<Forward>> done = inbox.resultNow();
            if (done.isPresent()) {
                forwards.addAll(done.get());
                seeded++;
            }
        }
        forward(units, forwards);
        log.info(
                "Demo data: {} petitions in {} of {} units in {} ms",
                petitions.recorded(),
                seeded,
                units.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** One unit's inbox in one transaction; empty if it failed, which is logged. */
    private Optional<List<Forward>> seed(Unit unit, LocalDate today) {
        DemoInbox inbox = new DemoInbox(unit, SEED, today);
        try {
            return Optional.of(petitions.atDesk(inbox.officer(), inbox::fill));
        } catch (RuntimeException e) {
            log.error("Demo data: unit {} not seeded", unit.code(), e);
            return Optional.empty();
        }
    }

    /** Each forwarded petition goes to a unit a few places further down the list. */
    private void forward(List<Unit> units, List<Forward> forwards) {
        for (int i = 0; i < forwards.size(); i++) {
            Forward forward = forwards.get(i);
            String from = forward.petition().unit().value();
            int at = 0;
            while (!units.get(at).code().value().equals(from)) {
                at++;
            }
            Unit to = units.get((at + 1 + i % 5) % units.size());
            try {
                petitions.transfer(
                        forward.officer(),
                        forward.petition(),
                        to.code().value(),
                        DemoTexts.transfer("UBND " + to.name()));
            } catch (RuntimeException e) {
                log.error("Demo data: petition of unit {} not forwarded", from, e);
            }
        }
    }

    private void seedDirectives() {
        try {
            directives.seed();
        } catch (RuntimeException e) {
            log.error("Demo data: directive assignments not seeded", e);
        }
    }
}
