package vn.hanoi.danvan.api.petitions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.petitions.PetitionViews.PetitionerView;

/**
 * A page of petitions with the petitioners read in the same transaction, keyed by petition id
 * (empty when the caller did not ask for them). The petitioners travel to the {@code petitioners}
 * field as the list's local context, so a page needs no second trip to the database.
 */
record PetitionList(Connection<Petition> connection, Map<Long, List<PetitionerView>> petitioners) {

    /** The page's petitions with their petitioners (empty when they were not asked for). */
    Map<Petition, List<PetitionerView>> byPetition() {
        Map<Petition, List<PetitionerView>> shown = new LinkedHashMap<>();
        connection.edges().forEach(edge -> {
            List<PetitionerView> people = petitioners.get(edge.node().id());
            if (people != null) {
                shown.put(edge.node(), people);
            }
        });
        return shown;
    }

    /** The petitioners of one petition of the page, or null if it is not on this page. */
    List<PetitionerView> petitionersOf(Petition petition) {
        return petitioners.get(petition.id());
    }
}
