package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.NoticeInput;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;

/**
 * Notices of conclusions (thông báo kết luận): after a leader's session, what was concluded goes
 * in writing to the agencies involved, naming the register entries it concerns.
 */
@Service
class ConclusionNotices {

    private final UnitDoor door;
    private final SessionRepository sessions;
    private final EntryRepository entries;
    private final ReceptionSessions calendar;

    ConclusionNotices(UnitDoor door, SessionRepository sessions, EntryRepository entries, ReceptionSessions calendar) {
        this.door = door;
        this.sessions = sessions;
        this.entries = entries;
        this.calendar = calendar;
    }

    ConclusionNotice issue(Viewer viewer, String sessionId, NoticeInput input) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        long session = ReceptionStaff.localId("sessionId", sessionId, ReceptionSession.TYPE, unit);
        String text = Texts.required("input.text", input.text(), 20_000);
        List<String> addressees = new ArrayList<>();
        List<String> given = input.addressees() == null ? List.of() : input.addressees();
        for (int i = 0; i < given.size(); i++) {
            addressees.add(Texts.required("input.addressees[" + i + "]", given.get(i), 300));
        }
        if (addressees.isEmpty() || addressees.size() > 50) {
            throw ApiException.badInput("input.addressees", "Name between 1 and 50 agencies the notice goes to.");
        }
        LocalDate issuedOn = input.issuedOn() == null ? calendar.today() : input.issuedOn();
        if (issuedOn.isAfter(calendar.today())) {
            throw ApiException.badInput("input.issuedOn", "A notice cannot be issued in the future.");
        }
        List<String> entryIds = input.entryIds() == null ? List.of() : input.entryIds();
        Set<Long> concerned = entryIds.stream()
                .map(id -> ReceptionStaff.localId("input.entryIds", id, ReceptionEntry.TYPE, unit))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return door.write(unit, scope -> {
            ReceptionSession held =
                    sessions.find(scope, session).orElseThrow(() -> ReceptionStaff.notFound("reception session"));
            if (held.status() != SessionStatus.HELD || !held.presiderOffice().isLeader()) {
                throw ApiException.conflict("A notice of conclusions follows a held session a leader presided.");
            }
            if (issuedOn.isBefore(held.heldOn())) {
                throw ApiException.badInput("input.issuedOn", "A notice follows the session.");
            }
            Set<Long> ofSession = entries.ofSessions(scope, List.of(session)).stream()
                    .map(ReceptionEntry::id)
                    .collect(Collectors.toSet());
            if (!ofSession.containsAll(concerned)) {
                throw ApiException.badInput("input.entryIds", "Only entries of this session's register.");
            }
            ConclusionNotice notice =
                    new ConclusionNotice(unit, 0, session, text, addressees, issuedOn, List.copyOf(concerned));
            long id = sessions.insertNotice(scope, notice, viewer.subject());
            return new ConclusionNotice(unit, id, session, text, addressees, issuedOn, List.copyOf(concerned));
        });
    }
}
