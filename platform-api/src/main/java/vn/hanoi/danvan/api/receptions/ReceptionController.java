package vn.hanoi.danvan.api.receptions;

import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.petitions.Petition;
import vn.hanoi.danvan.api.receptions.ReceptionReads.VisitorView;
import vn.hanoi.danvan.api.security.Viewer;

/** The reception queries and the fields of sessions and register entries. */
@Controller
class ReceptionController {

    private final ReceptionSessions sessions;
    private final ReceptionReads reads;
    private final ReceptionCompliance compliance;
    private final ReceptionReports reports;

    ReceptionController(
            ReceptionSessions sessions,
            ReceptionReads reads,
            ReceptionCompliance compliance,
            ReceptionReports reports) {
        this.sessions = sessions;
        this.reads = reads;
        this.compliance = compliance;
        this.reports = reports;
    }

    @QueryMapping
    List<ReceptionSession> receptionCalendar(@Argument int year, @Argument int month, @ContextValue Viewer viewer) {
        return sessions.calendar(viewer, year, month);
    }

    @QueryMapping
    ReceptionSession receptionSession(@Argument String id, @ContextValue Viewer viewer) {
        return sessions.one(viewer, id).orElseThrow(() -> ReceptionStaff.notFound("reception session"));
    }

    @QueryMapping
    Connection<ReceptionEntry> receptionRegister(
            @Argument int year, @Argument Integer first, @Argument String after, @ContextValue Viewer viewer) {
        return reads.register(viewer, year, Page.of(first, after));
    }

    @QueryMapping
    ReceptionEntry receptionEntry(@Argument String id, @ContextValue Viewer viewer) {
        return reads.one(viewer, id).orElseThrow(() -> ReceptionStaff.notFound("reception entry"));
    }

    @QueryMapping
    Compliance.Month receptionCompliance(@Argument int year, @Argument int month, @ContextValue Viewer viewer) {
        return compliance.of(viewer, year, month);
    }

    @QueryMapping
    ReceptionReport receptionReport(
            @Argument ReportPeriod period, @Argument int year, @Argument Integer number, @ContextValue Viewer viewer) {
        return reports.of(viewer, period, year, number);
    }

    @QueryMapping
    List<FrequencyRule> receptionFrequencyRules(@ContextValue Viewer viewer) {
        return compliance.rules(viewer);
    }

    // --- ReceptionSession ---------------------------------------------------------------

    @BatchMapping(typeName = "ReceptionSession")
    Map<ReceptionSession, List<ReceptionEntry>> entries(List<ReceptionSession> batch, @ContextValue Viewer viewer) {
        return reads.entriesOf(viewer, batch);
    }

    @BatchMapping(typeName = "ReceptionSession")
    Map<ReceptionSession, List<ConclusionNotice>> conclusionNotices(
            List<ReceptionSession> batch, @ContextValue Viewer viewer) {
        return reads.noticesOf(viewer, batch);
    }

    // --- ReceptionEntry -----------------------------------------------------------------

    @BatchMapping(typeName = "ReceptionEntry")
    Map<ReceptionEntry, ReceptionSession> session(List<ReceptionEntry> batch, @ContextValue Viewer viewer) {
        return reads.sessionsOf(viewer, batch);
    }

    @BatchMapping(typeName = "ReceptionEntry")
    Map<ReceptionEntry, List<VisitorView>> visitors(List<ReceptionEntry> batch, @ContextValue Viewer viewer) {
        return reads.visitorsOf(viewer, batch);
    }

    @BatchMapping(typeName = "ReceptionEntry")
    Map<ReceptionEntry, List<Petition>> petitions(List<ReceptionEntry> batch, @ContextValue Viewer viewer) {
        return reads.petitionsOf(viewer, batch);
    }

    @SchemaMapping(typeName = "Petition")
    ReceptionEntry receptionEntry(Petition petition, @ContextValue Viewer viewer) {
        return reads.entryOf(viewer, petition).orElse(null);
    }
}
