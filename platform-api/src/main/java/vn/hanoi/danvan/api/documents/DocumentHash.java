package vn.hanoi.danvan.api.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A document's SHA-256 in lower-case hex, as the APQ protocol and trusted documents name it. */
final class DocumentHash {

    private DocumentHash() {}

    static String of(String document) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isWellFormed(Object hash) {
        return hash instanceof String text && text.matches("[0-9a-f]{64}");
    }
}
