package vn.hanoi.danvan.api.attachments;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What may be attached: scans and photos of letters, office documents, at most
 * {@value #MAX_MB} MB each. The media type is taken from the file's extension and checked
 * against its first bytes where the format has a signature, never trusted from the client.
 */
public final class AttachmentRules {

    public static final int MAX_MB = 20;
    public static final long MAX_BYTES = MAX_MB * 1024L * 1024L;

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt", "application/vnd.oasis.opendocument.text",
            "txt", "text/plain");

    private AttachmentRules() {}

    /** The media type for a file name, if files of that kind are accepted. */
    public static Optional<String> mediaType(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Whether the first bytes agree with the media type (formats without a signature pass). */
    public static boolean signatureMatches(String mediaType, byte[] head) {
        return switch (mediaType) {
            case "application/pdf" -> startsWith(head, "%PDF".getBytes());
            case "image/png" -> startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "image/jpeg" -> startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "text/plain" -> true;
            default -> startsWith(head, new byte[] {'P', 'K', 3, 4}); // docx, xlsx, odt are zip files
        };
    }

    /** A file name safe to show and to send back: no path, no control characters, 200 at most. */
    public static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
