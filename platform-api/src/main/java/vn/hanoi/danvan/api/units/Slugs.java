package vn.hanoi.danvan.api.units;

import java.text.Normalizer;
import java.util.Locale;

/** Search text folded the way unit slugs are: no diacritics, lower case, hyphens between words. */
final class Slugs {

    private Slugs() {}

    static String searchable(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        // Hyphens and the LIKE wildcards are the only specials; the slug alphabet has no % or _.
        return slug.isEmpty() ? null : slug;
    }
}
