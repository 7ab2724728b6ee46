package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.danvan.admin.UnitCode;

/** Thông báo kết luận: the written conclusions of a leader's session, to the agencies involved. */
record ConclusionNotice(
        UnitCode unit,
        long id,
        long sessionId,
        String text,
        List<String> addressees,
        LocalDate issuedOn,
        List<Long> entryIds) {}
