package vn.hanoi.danvan.api.petitions;

/**
 * A person behind a petition. The national ID number is held encrypted and shown only to those
 * who may see the petitioner's identity.
 */
record Petitioner(
        long petitionId,
        int position,
        boolean representative,
        String fullName,
        String address,
        String phone,
        byte[] nationalIdCipher,
        String nationalIdHash) {}
