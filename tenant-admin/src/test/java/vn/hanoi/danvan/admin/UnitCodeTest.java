package vn.hanoi.danvan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"00070; drop schema platform", "../x", "0007", "000700", "abcde", "", " 00070", "0007'"})
    void codesThatAreNotFiveDigitsAreRefused(String text) {
        assertThat(UnitCode.isValid(text)).isFalse();
        assertThatThrownBy(() -> UnitCode.of(text)).isInstanceOf(InvalidUnitException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"unit_00070; drop schema platform", "platform", "unit_", "UNIT_00070", "unit_../x", "public"})
    void schemaNamesOutsideThePatternAreRefused(String name) {
        assertThatThrownBy(() -> new UnitSchema(name)).isInstanceOf(InvalidUnitException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00070", "00004", "10105"})
    void aUnitsSchemaIsDerivedFromItsCode(String code) {
        UnitSchema schema = UnitSchema.forCode(UnitCode.of(code));
        assertThat(schema.name()).isEqualTo("unit_" + code);
        assertThat(schema.searchPath()).isEqualTo("unit_" + code + ", ext");
    }
}
