package vn.hanoi.danvan.admin;

import java.util.List;
import javax.sql.DataSource;

/**
 * {@link FactRebuild} of the petition facts alone: what the API's oversight tests use to seed
 * facts for petitions written straight into a unit's schema, and to hold the API's petition
 * writer against the mapping here.
 */
public class PetitionFactRebuild {

    private final FactRebuild facts;

    public PetitionFactRebuild(DataSource dataSource) {
        this.facts = new FactRebuild(dataSource, List.of(new PetitionFactFamily()));
    }

    public FactDrift rebuild(Unit unit) {
        return facts.rebuild(unit).getFirst();
    }

    public FactDrift check(Unit unit) {
        return facts.check(unit).getFirst();
    }
}
