package vn.hanoi.danvan.api.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * Attachments as files under {@code danvan.attachments.dir}, one folder per unit, named by a
 * random key: nothing of the file's name or content reaches the path. A file is written to a
 * temporary name and moved into place only when complete.
 */
@Component
class FileSystemAttachmentStore implements AttachmentStore {

    private final Path root;

    FileSystemAttachmentStore(@Value("${danvan.attachments.dir:.danvan/attachments}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Stored put(String unitCode, InputStream bytes, long maxBytes) throws IOException {
        String unit = UnitCode.of(unitCode).value();
        String key = unit + "/" + UUID.randomUUID();
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        MessageDigest sha256 = sha256();
        long size = 0;
        try (InputStream in = new DigestInputStream(bytes, sha256);
                OutputStream out = Files.newOutputStream(partial)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return new Stored(key, size, HexFormat.of().formatHex(sha256.digest()));
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException ignored) {
            // An orphan file holds no metadata and is unreachable; nothing else to do.
        }
    }

    private Path resolve(String key) {
        if (!key.matches("[0-9]{5}/[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not an attachment key");
        }
        return root.resolve(key).normalize();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
