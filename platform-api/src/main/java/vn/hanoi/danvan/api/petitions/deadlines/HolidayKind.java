package vn.hanoi.danvan.api.petitions.deadlines;

/** How a day in the public-holiday table departs from the Monday-to-Friday week. */
public enum HolidayKind {
    /** A weekday off: a public holiday, a compensatory day or a day swapped away (Labour Code 2019, arts. 111–112). */
    HOLIDAY,
    /** A Saturday or Sunday worked in exchange for a weekday off. */
    WORKING_WEEKEND
}
