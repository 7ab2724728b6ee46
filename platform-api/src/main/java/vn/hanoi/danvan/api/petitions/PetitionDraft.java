package vn.hanoi.danvan.api.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;

/** A petition being changed: a copy of the stored one whose changeable parts are set one by one. */
final class PetitionDraft {

    private final UnitCode unit;
    private final long id;
    private final String trackingCode;
    private final PetitionKind kind;
    private final Channel channel;
    private PetitionState state;
    private final int version;
    private final String subject;
    private final String matter;
    private final LocalDate receivedOn;
    private final Instant receivedAt;
    private int round;
    private boolean complex;
    private boolean especiallyComplex;
    private List<String> complexityReasons;
    private boolean remoteArea;
    private boolean severalSites;
    private final boolean groupPetition;
    private final int petitionerCount;
    private String handlerSubject;
    private String handlerName;
    private LocalDate acceptedOn;
    private LocalDate appealedOn;
    private LocalDate resolvedOn;
    private LocalDate closedOn;
    private int extensionsGranted;
    private String decision;
    private LocalDate dueOn;
    private Integer rating;
    private final Long splitFromId;
    private final String transferredFromUnit;
    private final Long transferredFromId;
    private String transferredToUnit;
    private Long transferredToId;

    private PetitionDraft(Petition p) {
        this.unit = p.unit();
        this.id = p.id();
        this.trackingCode = p.trackingCode();
        this.kind = p.kind();
        this.channel = p.channel();
        this.state = p.state();
        this.version = p.version();
        this.subject = p.subject();
        this.matter = p.matter();
        this.receivedOn = p.receivedOn();
        this.receivedAt = p.receivedAt();
        this.round = p.round();
        this.complex = p.complex();
        this.especiallyComplex = p.especiallyComplex();
        this.complexityReasons = p.complexityReasons();
        this.remoteArea = p.remoteArea();
        this.severalSites = p.severalSites();
        this.groupPetition = p.groupPetition();
        this.petitionerCount = p.petitionerCount();
        this.handlerSubject = p.handlerSubject();
        this.handlerName = p.handlerName();
        this.acceptedOn = p.acceptedOn();
        this.appealedOn = p.appealedOn();
        this.resolvedOn = p.resolvedOn();
        this.closedOn = p.closedOn();
        this.extensionsGranted = p.extensionsGranted();
        this.decision = p.decision();
        this.dueOn = p.dueOn();
        this.rating = p.rating();
        this.splitFromId = p.splitFromId();
        this.transferredFromUnit = p.transferredFromUnit();
        this.transferredFromId = p.transferredFromId();
        this.transferredToUnit = p.transferredToUnit();
        this.transferredToId = p.transferredToId();
    }

    static PetitionDraft of(Petition petition) {
        return new PetitionDraft(petition);
    }

    PetitionDraft state(PetitionState value) {
        this.state = value;
        return this;
    }

    PetitionDraft round(int value) {
        this.round = value;
        return this;
    }

    PetitionDraft complex(boolean value) {
        this.complex = value;
        return this;
    }

    PetitionDraft especiallyComplex(boolean value) {
        this.especiallyComplex = value;
        return this;
    }

    PetitionDraft complexityReasons(List<String> value) {
        this.complexityReasons = value;
        return this;
    }

    PetitionDraft remoteArea(boolean value) {
        this.remoteArea = value;
        return this;
    }

    PetitionDraft severalSites(boolean value) {
        this.severalSites = value;
        return this;
    }

    PetitionDraft handlerSubject(String value) {
        this.handlerSubject = value;
        return this;
    }

    PetitionDraft handlerName(String value) {
        this.handlerName = value;
        return this;
    }

    PetitionDraft acceptedOn(LocalDate value) {
        this.acceptedOn = value;
        return this;
    }

    PetitionDraft appealedOn(LocalDate value) {
        this.appealedOn = value;
        return this;
    }

    PetitionDraft resolvedOn(LocalDate value) {
        this.resolvedOn = value;
        return this;
    }

    PetitionDraft closedOn(LocalDate value) {
        this.closedOn = value;
        return this;
    }

    PetitionDraft extensionsGranted(int value) {
        this.extensionsGranted = value;
        return this;
    }

    PetitionDraft decision(String value) {
        this.decision = value;
        return this;
    }

    PetitionDraft dueOn(LocalDate value) {
        this.dueOn = value;
        return this;
    }

    PetitionDraft rating(Integer value) {
        this.rating = value;
        return this;
    }

    PetitionDraft transferredToUnit(String value) {
        this.transferredToUnit = value;
        return this;
    }

    PetitionDraft transferredToId(Long value) {
        this.transferredToId = value;
        return this;
    }

    Petition build() {
        return new Petition(
                unit,
                id,
                trackingCode,
                kind,
                channel,
                state,
                version,
                subject,
                matter,
                receivedOn,
                receivedAt,
                round,
                complex,
                especiallyComplex,
                complexityReasons,
                remoteArea,
                severalSites,
                groupPetition,
                petitionerCount,
                handlerSubject,
                handlerName,
                acceptedOn,
                appealedOn,
                resolvedOn,
                closedOn,
                extensionsGranted,
                decision,
                dueOn,
                rating,
                splitFromId,
                transferredFromUnit,
                transferredFromId,
                transferredToUnit,
                transferredToId);
    }
}
