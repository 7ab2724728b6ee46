package vn.hanoi.danvan.api.directives;

/** One of a directive's groups of tasks (nhóm nhiệm vụ), in the directive's order. */
record TaskGroup(long id, long directiveId, int position, String title) {}
