package vn.hanoi.danvan.api.dev;

import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.ACCEPTED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.APPEALED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.CLASSIFIED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.CLOSED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.GUIDED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.RECEIVED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.REJECTED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.RESOLVED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.SUSPENDED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.TRANSFERRED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.VERIFYING;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.WITHDRAWN;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.hanoi.danvan.api.petitions.Channel;
import vn.hanoi.danvan.api.petitions.DemoPetitions.Step;
import vn.hanoi.danvan.api.petitions.Petition;
import vn.hanoi.danvan.api.petitions.PetitionAction;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;

/**
 * Where a demo petition has got to and the dated steps that took it there. Older petitions are
 * mostly resolved and closed; some old ones are still open, and are overdue, as in a real inbox.
 * Every dated decision falls between the step before it and today.
 */
final class DemoStories {

    /** The steps to replay, whether to forward the petition afterwards, and the citizen's rating. */
    record Story(List<Step> steps, boolean transfer, Integer rating) {}

    /** Registered and then left alone. */
    static final Story UNTOUCHED = new Story(List.of(), false, null);

    private static final List<PetitionState> TARGETS = List.of(
            RECEIVED,
            CLASSIFIED,
            ACCEPTED,
            VERIFYING,
            SUSPENDED,
            RESOLVED,
            CLOSED,
            REJECTED,
            GUIDED,
            TRANSFERRED,
            WITHDRAWN,
            APPEALED);
    // Shares of the targets above, for petitions received up to a week ago, up to a month, earlier.
    private static final int[] FRESH = {40, 25, 12, 5, 0, 8, 0, 4, 3, 2, 1, 0};
    private static final int[] RECENT = {10, 10, 12, 22, 2, 22, 6, 5, 2, 3, 3, 0};
    private static final int[] OLD = {5, 3, 4, 12, 4, 25, 28, 6, 3, 2, 5, 2};

    private final DemoDice dice;
    private final LocalDate today;
    private final int backlog;

    /**
     * @param backlog how far behind the unit is, in percent: more of its petitions stay open
     */
    DemoStories(DemoDice dice, LocalDate today, int backlog) {
        this.dice = dice;
        this.today = today;
        this.backlog = backlog;
    }

    Story plan(Petition petition) {
        PetitionKind kind = petition.kind();
        boolean decided = kind == PetitionKind.COMPLAINT || kind == PetitionKind.DENUNCIATION;
        long age = ChronoUnit.DAYS.between(petition.receivedOn(), today);
        PetitionState target = fit(target(age), kind, decided, age, petition.channel());
        List<Step> steps = new ArrayList<>();
        LocalDate received = petition.receivedOn();
        switch (target) {
            case RECEIVED -> {}
            case CLASSIFIED -> steps.add(classify(kind, false));
            case REJECTED -> {
                if (dice.percent(70)) {
                    steps.add(classify(kind, false));
                }
                steps.add(Step.of(PetitionAction.REJECT, null, DemoTexts.rejection(dice, kind)));
            }
            case GUIDED -> steps.add(Step.of(PetitionAction.GUIDE, null, DemoTexts.guidance(dice)));
            case TRANSFERRED -> {
                if (dice.percent(50)) {
                    steps.add(classify(kind, false));
                }
            }
            case WITHDRAWN -> {
                if (decided && age > 5 && dice.percent(60)) {
                    accept(steps, kind, received);
                }
                steps.add(Step.of(PetitionAction.WITHDRAW, null, DemoTexts.withdrawal(dice)));
            }
            default -> resolve(steps, kind, decided, received, target);
        }
        Integer rating =
                (target == RESOLVED || target == CLOSED) && dice.percent(15) ? 1 + dice.weighted(1, 1, 2, 4, 3) : null;
        return new Story(steps, target == TRANSFERRED, rating);
    }

    /** The states on the way to a resolution, and what follows it. */
    private void resolve(
            List<Step> steps, PetitionKind kind, boolean decided, LocalDate received, PetitionState target) {
        LocalDate resolvedOn;
        if (decided) {
            LocalDate accepted = accept(steps, kind, received);
            if (target == ACCEPTED) {
                return;
            }
            steps.add(Step.of(PetitionAction.START_VERIFICATION, null, DemoTexts.verification(dice)));
            boolean complex = steps.stream().anyMatch(Step::complex);
            if (kind == PetitionKind.DENUNCIATION && complex && received.isBefore(today.minusDays(30))) {
                steps.add(Step.of(PetitionAction.EXTEND, null, "Vụ việc phức tạp, cần xác minh thêm tại nhiều nơi."));
            }
            if (target == VERIFYING) {
                return;
            }
            LocalDate from = accepted;
            if (target == SUSPENDED || dice.percent(10)) {
                LocalDate suspended = dice.dayAfter(accepted, 5, 25, today);
                steps.add(Step.of(PetitionAction.SUSPEND, suspended, DemoTexts.suspension(dice)));
                if (target == SUSPENDED) {
                    return;
                }
                from = dice.dayAfter(suspended, 5, 25, today);
                steps.add(Step.of(PetitionAction.RESUME, from, "Đã có kết quả; tiếp tục giải quyết."));
            }
            resolvedOn = dice.dayAfter(from, 12, 50, today);
        } else {
            if (dice.percent(50)) {
                steps.add(classify(kind, false));
            }
            resolvedOn = dice.dayAfter(received, 2, 20, today);
        }
        steps.add(Step.of(PetitionAction.RESOLVE, resolvedOn, DemoTexts.decision(dice, kind)));
        if (target == CLOSED) {
            steps.add(Step.of(PetitionAction.CLOSE, null, "Lưu hồ sơ."));
        } else if (target == APPEALED) {
            steps.add(Step.of(
                    PetitionAction.APPEAL,
                    dice.dayAfter(resolvedOn, 3, 25, today),
                    "Công dân không đồng ý với quyết định giải quyết lần đầu, khiếu nại lần hai."));
        }
    }

    /** Classification and acceptance (thụ lý) within the ten days allowed; the day accepted. */
    private LocalDate accept(List<Step> steps, PetitionKind kind, LocalDate received) {
        boolean complex = dice.percent(20);
        if (dice.percent(70)) {
            steps.add(classify(kind, complex));
        }
        LocalDate accepted = dice.dayAfter(received, 1, 8, today);
        steps.add(new Step(
                PetitionAction.ACCEPT, accepted, "Thông báo thụ lý số " + dice.between(1, 350) + "/TB-UBND.", complex));
        return accepted;
    }

    private Step classify(PetitionKind kind, boolean complex) {
        return new Step(PetitionAction.CLASSIFY, null, DemoTexts.classification(kind), complex);
    }

    private PetitionState target(long age) {
        int[] shares = (age <= 7 ? FRESH : age <= 30 ? RECENT : OLD).clone();
        for (int i = 0; i <= 3; i++) {
            shares[i] = shares[i] * (100 + backlog) / 100;
        }
        return TARGETS.get(dice.weighted(shares));
    }

    /** The nearest state this petition can really reach. */
    private static PetitionState fit(
            PetitionState target, PetitionKind kind, boolean decided, long age, Channel channel) {
        if (target == TRANSFERRED && channel == Channel.TRANSFERRED) {
            // Forwarded once only (Circular 05/2021/TT-TTCP, art. 14).
            return CLASSIFIED;
        }
        if (!decided) {
            // A recommendation or reflection is simply answered: where a complaint would be in
            // verification, it has mostly had its reply.
            return switch (target) {
                case ACCEPTED, VERIFYING -> age > 12 ? RESOLVED : CLASSIFIED;
                case SUSPENDED, APPEALED -> RESOLVED;
                default -> target;
            };
        }
        if (age < 10 && (target == RESOLVED || target == CLOSED || target == SUSPENDED || target == APPEALED)) {
            return ACCEPTED;
        }
        if (target == APPEALED && kind != PetitionKind.COMPLAINT) {
            return RESOLVED;
        }
        return target;
    }
}
