package vn.hanoi.danvan.api.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * National ID numbers (số CCCD/CMND) at rest: encrypted with AES-GCM under a key from
 * configuration, and a keyed hash (HMAC-SHA-256, another key) to find the same person again
 * without decrypting anything. The number itself is never stored, logged or returned in clear
 * except to someone allowed to see the petitioner's identity.
 */
@Component
public class NationalIds {

    /**
     * @param encryptionKey base64 of 32 bytes
     * @param hashKey base64 of at least 32 bytes
     */
    @ConfigurationProperties("danvan.personal-data")
    public record Keys(String encryptionKey, String hashKey) {}

    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    NationalIds(Keys keys) {
        if (keys.encryptionKey() == null || keys.hashKey() == null) {
            throw new IllegalStateException(
                    "Set danvan.personal-data.encryption-key and danvan.personal-data.hash-key (base64, 32 bytes)");
        }
        byte[] encryption = Base64.getDecoder().decode(keys.encryptionKey());
        byte[] hashing = Base64.getDecoder().decode(keys.hashKey());
        if (encryption.length != 32 || hashing.length < 32) {
            throw new IllegalStateException("The personal-data keys must be 32 bytes each (base64)");
        }
        this.encryptionKey = new SecretKeySpec(encryption, "AES");
        this.hashKey = new SecretKeySpec(hashing, "HmacSHA256");
    }

    /** Whether the text is a national ID number: 12 digits (CCCD) or 9 digits (old CMND). */
    public static boolean isValid(String number) {
        return number != null && number.matches("[0-9]{9}|[0-9]{12}");
    }

    public byte[] encrypt(String number) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed", e);
        }
    }

    /** The keyed hash that finds the same person again, in any unit. */
    public String hash(String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(number.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }
}
