package vn.hanoi.danvan.api.petitions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.Page;

/**
 * A list request turned into SQL fragments and named parameters. The fragments are fixed text
 * chosen by which filters are present; the values are always parameters, never SQL.
 */
final class PetitionQuery {

    static final String OPEN_STATES = "('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED')";

    private final StringBuilder where = new StringBuilder(" where true");
    private final Map<String, Object> params = new HashMap<>();
    private final PetitionOrder order;
    private final Page page;
    private String keyset = "";

    PetitionQuery(PetitionFilter filter, PetitionOrder order, Page page, LocalDate today) {
        this.order = order;
        this.page = page;
        filter(filter, today);
        page.after().ifPresent(this::after);
    }

    String where() {
        return where.toString();
    }

    String keyset() {
        return keyset;
    }

    String orderAndLimit() {
        params.put("limit", page.first() + 1);
        return switch (order) {
            case DEADLINE -> " order by due_on nulls last, id limit :limit";
            case RECEIVED -> " order by received_on desc, id desc limit :limit";
        };
    }

    Map<String, Object> params() {
        return params;
    }

    /** The cursor of a row, for the order this query uses. */
    static String cursorOf(Petition petition, PetitionOrder order) {
        return Page.cursor(
                switch (order) {
                    case DEADLINE -> "d:" + (petition.dueOn() == null ? "-" : petition.dueOn()) + ":" + petition.id();
                    case RECEIVED -> "r:" + petition.receivedOn() + ":" + petition.id();
                });
    }

    private void filter(PetitionFilter filter, LocalDate today) {
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            add(
                    " and kind = any(:kinds)",
                    "kinds",
                    filter.kinds().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.states() != null && !filter.states().isEmpty()) {
            add(
                    " and state = any(:states)",
                    "states",
                    filter.states().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.open() != null) {
            where.append(filter.open() ? " and state in " : " and state not in ")
                    .append(OPEN_STATES);
        }
        if (filter.overdue() != null) {
            // A suspended case's clock is paused: it is never overdue while suspended.
            String overdue = " (due_on < :today and state in " + OPEN_STATES + " and state <> 'SUSPENDED')";
            where.append(filter.overdue() ? " and" + overdue : " and not coalesce(" + overdue + ", false)");
            params.put("today", today);
        }
        if (filter.dueBefore() != null) {
            add(" and due_on < :dueBefore", "dueBefore", filter.dueBefore());
        }
        if (filter.handler() != null && !filter.handler().isBlank()) {
            add(" and handler_subject = :handler", "handler", filter.handler());
        }
        if (filter.receivedFrom() != null) {
            add(" and received_on >= :receivedFrom", "receivedFrom", filter.receivedFrom());
        }
        if (filter.receivedTo() != null) {
            add(" and received_on <= :receivedTo", "receivedTo", filter.receivedTo());
        }
        if (filter.groupPetition() != null) {
            add(" and group_petition = :group", "group", filter.groupPetition());
        }
        String search = PetitionTexts.fold(filter.search());
        if (!search.isBlank()) {
            if (search.length() > 200) {
                throw ApiException.badInput("filter.search", "Search text is limited to 200 characters.");
            }
            String pattern =
                    "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            add(" and search_text like :search", "search", pattern);
        }
    }

    private void after(String position) {
        String[] parts = position.split(":", 3);
        try {
            if (order == PetitionOrder.DEADLINE && parts.length == 3 && parts[0].equals("d")) {
                params.put("afterId", Long.parseLong(parts[2]));
                if (parts[1].equals("-")) {
                    keyset = " and due_on is null and id > :afterId";
                } else {
                    params.put("afterDue", LocalDate.parse(parts[1]));
                    keyset = " and (due_on > :afterDue or (due_on = :afterDue and id > :afterId) or due_on is null)";
                }
                return;
            }
            if (order == PetitionOrder.RECEIVED && parts.length == 3 && parts[0].equals("r")) {
                params.put("afterId", Long.parseLong(parts[2]));
                params.put("afterReceived", LocalDate.parse(parts[1]));
                keyset = " and (received_on < :afterReceived or (received_on = :afterReceived and id < :afterId))";
                return;
            }
        } catch (RuntimeException e) {
            // falls through to the one message below
        }
        throw ApiException.badInput("after", "Not a cursor of this list and order.");
    }

    private void add(String condition, String name, Object value) {
        where.append(condition);
        params.put(name, value);
    }
}
