package vn.hanoi.danvan.api.receptions;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The computed fields of compliance verdicts and reports. */
@Controller
class ComplianceController {

    @SchemaMapping(typeName = "ReceptionCompliance")
    String unitCode(Compliance.Month month) {
        return month.unit().value();
    }

    @SchemaMapping(typeName = "ReceptionCompliance")
    boolean met(Compliance.Month month) {
        return month.met();
    }

    @SchemaMapping(typeName = "OfficeCompliance")
    int requiredDays(Compliance.Office office) {
        return office.requiredDays();
    }

    @SchemaMapping(typeName = "OfficeCompliance")
    int heldDays(Compliance.Office office) {
        return office.heldDays();
    }

    @SchemaMapping(typeName = "OfficeCompliance")
    boolean met(Compliance.Office office) {
        return office.met();
    }

    @SchemaMapping(typeName = "OfficeCompliance")
    int shortPeriods(Compliance.Office office) {
        return office.shortPeriods();
    }

    @SchemaMapping(typeName = "CompliancePeriod")
    boolean met(Compliance.Span span) {
        return span.met();
    }

    @SchemaMapping(typeName = "ReceptionReport")
    Double shareResolved(ReceptionReport report) {
        return report.shareResolved();
    }
}
