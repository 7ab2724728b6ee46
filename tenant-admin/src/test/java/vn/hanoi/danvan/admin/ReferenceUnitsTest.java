package vn.hanoi.danvan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceUnitsTest {

    private final List<UnitDefinition> units = ReferenceUnits.hanoi();

    @Test
    void hanoiHas126UnitsOf51WardsAnd75Communes() {
        assertThat(units).hasSize(126);
        assertThat(units).filteredOn(unit -> unit.kind() == UnitKind.WARD).hasSize(51);
        assertThat(units).filteredOn(unit -> unit.kind() == UnitKind.COMMUNE).hasSize(75);
    }

    @Test
    void codesAreUniqueFiveDigitsWithLeadingZerosKept() {
        Set<String> codes = units.stream().map(unit -> unit.code().value()).collect(Collectors.toSet());
        assertThat(codes).hasSize(126).allMatch(code -> code.matches("[0-9]{5}"));
        assertThat(codes).contains("00070", "00004", "00382");
    }

    @Test
    void namesKeepTheirVietnameseSpellingAndGetPlainSlugs() {
        UnitDefinition hoanKiem = ReferenceUnits.hanoi(UnitCode.of("00070")).orElseThrow();
        assertThat(hoanKiem.name()).isEqualTo("Phường Hoàn Kiếm");
        assertThat(hoanKiem.kind()).isEqualTo(UnitKind.WARD);
        assertThat(hoanKiem.slug()).isEqualTo("phuong-hoan-kiem");
        assertThat(hoanKiem.effectiveFrom()).isEqualTo(UnitDefinition.HANOI_2025);
        assertThat(units).allMatch(unit -> unit.slug().matches("[a-z0-9-]+"));
    }
}
