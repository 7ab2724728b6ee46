package vn.hanoi.danvan.admin;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** What it takes to register a unit: its official code, name, kind and the day it took effect. */
public record UnitDefinition(UnitCode code, String name, UnitKind kind, LocalDate effectiveFrom) {

    /** The day Hanoi's 126 units took effect (Resolution 1656/NQ-UBTVQH15). */
    public static final LocalDate HANOI_2025 = LocalDate.of(2025, 7, 1);

    public UnitDefinition {
        if (code == null || kind == null || effectiveFrom == null) {
            throw new InvalidUnitException("A unit needs a code, a kind and the day it took effect.");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidUnitException("A unit needs a name of at most 200 characters.");
        }
        name = name.strip();
    }

    /** A URL-friendly name without diacritics: "Phường Hoàn Kiếm" becomes "phuong-hoan-kiem". */
    public String slug() {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
