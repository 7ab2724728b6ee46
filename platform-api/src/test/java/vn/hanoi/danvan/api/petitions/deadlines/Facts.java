package vn.hanoi.danvan.api.petitions.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link CaseFacts} for tests: only what a case says differently from a plain first round. */
final class Facts {

    private final PetitionKind kind;
    private PetitionState state = PetitionState.RECEIVED;
    private int round = 1;
    private LocalDate receivedOn;
    private LocalDate acceptedOn;
    private LocalDate appealedOn;
    private boolean complex;
    private boolean especiallyComplex;
    private boolean remoteArea;
    private boolean severalSites;
    private int extensions;
    private final List<Suspension> suspensions = new ArrayList<>();

    private Facts(PetitionKind kind) {
        this.kind = kind;
    }

    static Facts complaint() {
        return new Facts(PetitionKind.COMPLAINT);
    }

    static Facts denunciation() {
        return new Facts(PetitionKind.DENUNCIATION);
    }

    static Facts recommendation() {
        return new Facts(PetitionKind.RECOMMENDATION);
    }

    static Facts reflection() {
        return new Facts(PetitionKind.REFLECTION);
    }

    Facts in(PetitionState state) {
        this.state = state;
        return this;
    }

    Facts received(String day) {
        receivedOn = LocalDate.parse(day);
        return this;
    }

    Facts accepted(String day) {
        acceptedOn = LocalDate.parse(day);
        return this;
    }

    Facts appealed(String day) {
        appealedOn = LocalDate.parse(day);
        return this;
    }

    Facts round(int round) {
        this.round = round;
        return this;
    }

    Facts complex() {
        complex = true;
        return this;
    }

    Facts especiallyComplex() {
        especiallyComplex = true;
        return this;
    }

    Facts remote() {
        remoteArea = true;
        return this;
    }

    Facts severalSites() {
        severalSites = true;
        return this;
    }

    Facts extensions(int granted) {
        extensions = granted;
        return this;
    }

    Facts suspended(String from, String resumedOn) {
        suspensions.add(new Suspension(LocalDate.parse(from), resumedOn == null ? null : LocalDate.parse(resumedOn)));
        return this;
    }

    CaseFacts build() {
        return new CaseFacts(
                kind,
                state,
                round,
                receivedOn,
                acceptedOn,
                appealedOn,
                complex,
                especiallyComplex,
                remoteArea,
                severalSites,
                extensions,
                suspensions);
    }

    @Override
    public String toString() {
        return build().toString();
    }
}
