package vn.hanoi.danvan.api.petitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text folded for search ("Nguyễn Văn A" and "nguyen van a" fold alike) and a
 * similarity hash of a matter, so near-identical matters can be matched without comparing, or
 * sharing, the text itself.
 */
final class PetitionTexts {

    private PetitionTexts() {}

    /** Lower case, no diacritics, đ as d, single spaces. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * A 64-bit SimHash over word pairs of the folded text: similar matters differ in few bits
     * (a Hamming distance of 12 or less is treated as the same matter), and the hash cannot be
     * turned back into the text.
     */
    static long simhash(String text) {
        String[] words = fold(text).replaceAll("[^a-z0-9 ]", " ").strip().split(" +");
        int[] weights = new int[64];
        for (int i = 0; i < words.length; i++) {
            String shingle = i + 1 < words.length ? words[i] + " " + words[i + 1] : words[i];
            long hash = hash64(shingle);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static long hash64(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
