package vn.hanoi.danvan.api.dev;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitKind;
import vn.hanoi.danvan.api.dev.DemoMatters.Matter;
import vn.hanoi.danvan.api.dev.DemoStories.Story;
import vn.hanoi.danvan.api.petitions.Channel;
import vn.hanoi.danvan.api.petitions.DemoPetitions.Desk;
import vn.hanoi.danvan.api.petitions.DemoPetitions.Letter;
import vn.hanoi.danvan.api.petitions.DemoPetitions.Person;
import vn.hanoi.danvan.api.petitions.Petition;
import vn.hanoi.danvan.api.security.Role;
import vn.hanoi.danvan.api.security.Viewer;

/**
 * One unit's demo inbox: 11 to 18 letters received over the last four months (12 to 20
 * petitions once letters of several kinds are split), each registered and then taken as far as
 * its {@link Story} says, at the desk of a made-up officer of the unit.
 * Everything is drawn from a {@link DemoDice} seeded with the unit's code, so a unit gets the
 * same inbox whatever order the units are seeded in.
 */
final class DemoInbox {

    /** A petition to forward to another unit once every unit has its inbox. */
    record Forward(Viewer officer, Petition petition) {}

    static final int MIN_LETTERS = 11;
    static final int MAX_LETTERS = 18;
    static final int DAYS_BACK = 120;

    /** The demo users' own units get a full inbox. */
    private static final Set<String> SHOWCASES = Set.of("00070", "00004");
    /**
     * Hill communes of the former Ba Vì and Thạch Thất districts, treated as remote areas (longer
     * complaint clocks) for the demo only: which units count as remote is not settled.
     */
    private static final Set<String> REMOTE = Set.of("Xã Ba Vì", "Xã Yên Bài", "Xã Suối Hai", "Xã Yên Xuân");

    private final Unit unit;
    private final DemoDice dice;
    private final DemoPeople people;
    private final List<Matter> matters;
    private final LocalDate today;
    private final Viewer officer;
    private final int letters;
    private final int backlog;
    private final List<Letter> sent = new ArrayList<>();

    DemoInbox(Unit unit, long seed, LocalDate today) {
        this.unit = unit;
        this.dice = new DemoDice(seed ^ unit.code().value().hashCode());
        this.people = new DemoPeople(dice, unit);
        this.matters = DemoMatters.in(unit.kind() == UnitKind.WARD);
        this.today = today;
        this.officer = new Viewer(
                "demo.officer." + unit.code().value(),
                people.fullName(),
                Optional.of(unit.code()),
                Set.of(Role.UNIT_OFFICER),
                Set.of(),
                "danvan-demo");
        // Most units are quiet; a few are busy, and fall behind. The showcases are busy but keep up.
        double busy = Math.pow(dice.random().nextDouble(), 2);
        boolean showcase = SHOWCASES.contains(unit.code().value());
        this.letters = showcase ? MAX_LETTERS : MIN_LETTERS + (int) Math.round((MAX_LETTERS - MIN_LETTERS) * busy);
        this.backlog = showcase ? 0 : (letters - MIN_LETTERS) * 10;
    }

    Viewer officer() {
        return officer;
    }

    /** Registers and moves the unit's petitions at the desk; returns those to forward later. */
    List<Forward> fill(Desk desk) {
        DemoStories stories = new DemoStories(dice, today, backlog);
        List<Forward> forwards = new ArrayList<>();
        for (int i = 0; i < letters; i++) {
            // The demo users' units show what the city chases: letters left in the in-tray too long.
            boolean forgotten = SHOWCASES.contains(unit.code().value()) && i < 2;
            Channel channel = Channel.values()[dice.weighted(30, 18, 30, 8, 14)];
            LocalDate received = forgotten ? weekday(today.minusDays(dice.between(30, 90))) : receivedOn(channel);
            for (Petition petition : desk.receive(letter(channel, received))) {
                Story story = forgotten ? DemoStories.UNTOUCHED : stories.plan(petition);
                for (var step : story.steps()) {
                    petition = desk.act(petition, step);
                }
                if (story.rating() != null) {
                    desk.rate(petition, story.rating());
                }
                if (story.transfer()) {
                    forwards.add(new Forward(officer, petition));
                }
            }
        }
        return forwards;
    }

    private Letter letter(Channel channel, LocalDate received) {
        if (!sent.isEmpty() && dice.percent(4)) {
            // The same person writes again about the same matter: intake flags a possible duplicate.
            Letter earlier = dice.pick(sent);
            return new Letter(
                    earlier.kinds(),
                    channel,
                    earlier.subject(),
                    earlier.matter(),
                    received,
                    earlier.people(),
                    earlier.groupSize(),
                    earlier.remoteArea(),
                    earlier.severalSites());
        }
        Matter matter = dice.pick(matters);
        List<Person> persons = new ArrayList<>();
        int groupSize = 0;
        if (dice.percent(matter.group() ? 20 : 2)) {
            // A group of five or more speaks through one to five representatives.
            int representatives = 1 + dice.weighted(40, 25, 15, 10, 10);
            for (int i = 0; i < representatives; i++) {
                persons.add(people.person(true));
            }
            for (int i = dice.between(0, 3); i > 0; i--) {
                persons.add(people.person(false));
            }
            groupSize = dice.between(Math.max(5, persons.size()), 40);
        } else {
            for (int i = dice.weighted(80, 15, 5); i >= 0; i--) {
                persons.add(people.person(false));
            }
        }
        Letter letter = new Letter(
                matter.kinds(),
                channel,
                matter.subject(),
                matter.text(people.place(), people.locality()),
                received,
                persons,
                groupSize,
                REMOTE.contains(unit.name()),
                dice.percent(5));
        sent.add(letter);
        return letter;
    }

    /** A day in the last four months, more often recent; offices take letters on weekdays. */
    private LocalDate receivedOn(Channel channel) {
        int age = (int) Math.floor((DAYS_BACK + 1) * Math.pow(dice.random().nextDouble(), 1.15));
        LocalDate day = today.minusDays(age);
        return channel == Channel.ONLINE ? day : weekday(day);
    }

    private static LocalDate weekday(LocalDate day) {
        while (DemoDice.isWeekend(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
