package vn.hanoi.danvan.admin;

import java.util.regex.Pattern;

/**
 * The official 5-character code of a commune-level unit (mã đơn vị hành chính cấp xã), from
 * Decision 19/2025/QĐ-TTg. Leading zeros are part of the code.
 */
public record UnitCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[0-9]{5}$");

    public UnitCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidUnitException("A unit code is five digits, such as 00070.");
        }
    }

    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
