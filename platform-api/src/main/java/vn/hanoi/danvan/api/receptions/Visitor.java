package vn.hanoi.danvan.api.receptions;

/** A person of a register entry: the visitor, or one of a group's representatives. */
record Visitor(
        long entryId,
        int position,
        boolean representative,
        String fullName,
        String address,
        String phone,
        byte[] nationalIdCipher,
        String nationalIdHash) {}
