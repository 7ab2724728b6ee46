package vn.hanoi.danvan.api.attachments;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/** Attachment metadata in the unit's schema. */
@Repository
public class AttachmentRepository {

    private static final String COLUMNS =
            "id, owner_kind, owner_id, name, media_type, size_bytes, sha256, storage_key, created_at, created_by";

    public Attachment insert(
            UnitScope unit,
            String ownerKind,
            long ownerId,
            String name,
            String mediaType,
            AttachmentStore.Stored stored,
            String createdBy) {
        return unit.sql()
                .sql("""
                        insert into attachment (owner_kind, owner_id, name, media_type, size_bytes, sha256,
                            storage_key, created_by)
                        values (:ownerKind, :ownerId, :name, :mediaType, :size, :sha256, :key, :by)
                        returning\s""" + COLUMNS)
                .param("ownerKind", ownerKind)
                .param("ownerId", ownerId)
                .param("name", name)
                .param("mediaType", mediaType)
                .param("size", stored.sizeBytes())
                .param("sha256", stored.sha256())
                .param("key", stored.key())
                .param("by", createdBy)
                .query(Attachment.class)
                .single();
    }

    public List<Attachment> of(UnitScope unit, String ownerKind, long ownerId) {
        return unit.sql()
                .sql("select " + COLUMNS + " from attachment where owner_kind = :kind and owner_id = :id order by id")
                .param("kind", ownerKind)
                .param("id", ownerId)
                .query(Attachment.class)
                .list();
    }

    public Optional<Attachment> find(UnitScope unit, long id) {
        return unit.sql()
                .sql("select " + COLUMNS + " from attachment where id = :id")
                .param("id", id)
                .query(Attachment.class)
                .optional();
    }
}
