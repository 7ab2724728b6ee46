package vn.hanoi.danvan.api.petitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * The citizen's handle on a petition: a tracking code that names the unit
 * ({@code 00070-K7M3Q9XA}) and a secret, given once on the receipt, that lets only the citizen
 * rate the answer. Only a hash of the secret is kept.
 */
final class TrackingCodes {

    // Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    static String newCode(UnitCode unit) {
        return unit.value() + "-" + random(8);
    }

    static String newSecret() {
        return random(12);
    }

    /** The unit a tracking code belongs to, if it looks like one of ours. */
    static Optional<UnitCode> unitOf(String trackingCode) {
        if (trackingCode == null || !trackingCode.matches("[0-9]{5}-[0-9A-HJKMNP-TV-Z]{8}")) {
            return Optional.empty();
        }
        return Optional.of(UnitCode.of(trackingCode.substring(0, 5)));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String secret, String storedHash) {
        return secret != null
                && MessageDigest.isEqual(
                        hash(secret).getBytes(StandardCharsets.UTF_8), storedHash.getBytes(StandardCharsets.UTF_8));
    }

    private static String random(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
