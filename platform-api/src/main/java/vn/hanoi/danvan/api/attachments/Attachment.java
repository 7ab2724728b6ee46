package vn.hanoi.danvan.api.attachments;

import java.time.Instant;

/** A file attached to a petition (or a directive report): its metadata. */
public record Attachment(
        long id,
        String ownerKind,
        long ownerId,
        String name,
        String mediaType,
        long sizeBytes,
        String sha256,
        String storageKey,
        Instant createdAt,
        String createdBy) {}
