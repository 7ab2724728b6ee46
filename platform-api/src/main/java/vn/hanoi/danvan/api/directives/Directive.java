package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;

/**
 * A directive (chỉ thị) of the city Party Standing Committee, such as 07-CT/TU on mass
 * mobilisation in state agencies or 36-CT/TU on mass mobilisation in land clearance. City-owned:
 * it lives in {@code platform}, and its tasks are assigned to the units.
 */
record Directive(long id, String number, String title, LocalDate issuedOn, String issuer, String summary) {

    static final String TYPE = "Directive";
}
