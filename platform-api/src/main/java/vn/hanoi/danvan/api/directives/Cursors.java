package vn.hanoi.danvan.api.directives;

import vn.hanoi.danvan.api.graphql.ApiException;

/** The positions this feature's cursors wrap: the last id seen. */
final class Cursors {

    private Cursors() {}

    static long id(String position) {
        try {
            return Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw ApiException.badInput("after", "Not a cursor this API issued.");
        }
    }
}
