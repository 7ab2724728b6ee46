package vn.hanoi.danvan.api.petitions;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.NodeResolver;
import vn.hanoi.danvan.api.security.Viewer;

/** {@code node(id:)} for petitions: only the staff of the petition's own unit see it. */
@Component
class PetitionNodes implements NodeResolver {

    private final PetitionReads reads;

    PetitionNodes(PetitionReads reads) {
        this.reads = reads;
    }

    @Override
    public String type() {
        return Petition.TYPE;
    }

    @Override
    public Class<?> javaType() {
        return Petition.class;
    }

    @Override
    public Optional<?> resolve(GlobalId id, Viewer viewer) {
        return reads.node(viewer, id);
    }
}
