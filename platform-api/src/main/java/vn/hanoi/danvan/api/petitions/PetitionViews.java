package vn.hanoi.danvan.api.petitions;

import java.time.LocalDate;
import vn.hanoi.danvan.api.petitions.deadlines.Clock;

/** Shapes of the GraphQL types a petition is shown through. */
final class PetitionViews {

    private PetitionViews() {}

    record HandlerView(String subject, String name) {}

    record DeadlineView(
            Clock clock, LocalDate dueOn, long daysLeft, boolean overdue, boolean paused, String legalBasis) {}

    /** A petitioner as the caller may see them: identity fields null when redacted. */
    record PetitionerView(
            int position,
            boolean representative,
            boolean redacted,
            String fullName,
            String address,
            String phone,
            String nationalId) {}

    record LinkView(String kind, String unitCode, String petitionId) {}
}
