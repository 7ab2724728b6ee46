package vn.hanoi.danvan.api.oversight;

/** A sort direction. */
enum SortDirection {
    ASC,
    DESC
}
