package vn.hanoi.danvan.api.dev;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitKind;
import vn.hanoi.danvan.api.petitions.DemoPetitions.Person;

/**
 * Made-up residents of one unit for the demo data: Vietnamese names in their usual proportions,
 * addresses in the form Hanoi has used since the two-tier reform (house, alley, street or
 * village, then the ward or commune, then the city), mobile numbers and 12-digit citizen ID
 * numbers (CCCD) issued in Hà Nội. Nobody here exists; the numbers only look right.
 */
final class DemoPeople {

    // The commonest family names, each with a rough share in a hundred.
    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Đinh", "Trịnh",
        "Đào", "Huỳnh", "Võ", "Hồ", "Lý", "Lương", "Tạ", "Khuất", "Nghiêm", "Kiều"
    };
    private static final int[] FAMILY_SHARE = {36, 11, 9, 7, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1
    };
    private static final String[] MALE_MIDDLE = {
        "Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Công", "Mạnh", "Đình", "Thanh", "Tiến", "Ngọc"
    };
    private static final String[] FEMALE_MIDDLE = {
        "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Phương", "Thùy", "Kim", "Bích", "Diệu"
    };
    private static final String[] MALE_GIVEN = {
        "Hùng", "Dũng", "Tuấn", "Nam", "Long", "Hải", "Sơn", "Thắng", "Cường", "Bình", "Phúc", "Quân", "Tùng",
        "Khánh", "Đạt", "Hiếu", "Trung", "Thành", "Vinh", "Toàn", "Huy", "Kiên", "Lâm", "Tâm", "Chiến", "Hưng"
    };
    private static final String[] FEMALE_GIVEN = {
        "Lan", "Hương", "Hoa", "Mai", "Hà", "Linh", "Trang", "Thảo", "Nga", "Hằng", "Yến", "Loan", "Huyền", "Phương",
        "Dung", "Oanh", "Thủy", "Hạnh", "Nhung", "Vân", "Liên", "Ngân", "Quyên", "Hiền"
    };
    private static final String[] STREETS = {
        "phố Hàng Bạc",
        "phố Bà Triệu",
        "phố Lò Đúc",
        "đường Nguyễn Trãi",
        "đường Láng",
        "phố Kim Mã",
        "phố Đội Cấn",
        "đường Hoàng Quốc Việt",
        "đường Phạm Văn Đồng",
        "đường Nguyễn Văn Cừ",
        "phố Ngọc Lâm",
        "phố Minh Khai",
        "đường Tam Trinh",
        "đường Lĩnh Nam",
        "đường Nguyễn Xiển",
        "đường Trần Phú",
        "phố Tô Hiệu",
        "đường Lạc Long Quân",
        "đường Âu Cơ",
        "phố Thụy Khuê",
        "đường Kim Giang",
        "phố Tân Mai",
        "phố Tây Sơn",
        "phố Thái Hà",
        "phố Chùa Bộc",
        "đường Xuân Thủy",
        "phố Nguyễn Khánh Toàn",
        "đường Hồ Tùng Mậu",
        "đường Cổ Nhuế",
        "đường Phúc Diễn",
        "đường Ngô Gia Tự",
        "phố Nguyễn Sơn",
        "đường Giải Phóng",
        "đường Trường Chinh",
        "phố Quang Trung",
        "phố Vạn Phúc",
        "đường Tố Hữu"
    };
    private static final String[] VILLAGES = {
        "Đông",
        "Đoài",
        "Thượng",
        "Hạ",
        "Trung",
        "Nam",
        "Bắc",
        "An Phú",
        "Phú Mỹ",
        "Yên Nội",
        "Đại Đồng",
        "Cổ Điển",
        "Thanh Nhàn",
        "Hòa Bình",
        "Tiên Lữ",
        "Phù Lưu",
        "Đồng Tâm",
        "Kim Lũ",
        "Vân Trì",
        "Xuân Dương",
        "Thọ Xuân",
        "Phú Hữu",
        "Lại Thượng",
        "Đông Lao",
        "Cẩm Bào"
    };
    private static final String[] MOBILE_PREFIXES = {
        "091", "094", "088", "098", "097", "096", "086", "032", "033", "035", "038", "090", "093", "070", "083"
    };

    private final DemoDice dice;
    private final Random random;
    private final String locality;
    private final boolean ward;
    // A unit's people live on a handful of its streets or villages, not all over the city.
    private final List<String> streets;
    private final List<String> villages;

    DemoPeople(DemoDice dice, Unit unit) {
        this.dice = dice;
        this.random = dice.random();
        this.locality = unit.name();
        this.ward = unit.kind() == UnitKind.WARD;
        this.streets = few(STREETS, 5);
        this.villages = few(VILLAGES, 5);
    }

    /** The ward or commune, as addresses and texts name it. */
    String locality() {
        return locality;
    }

    /** A resident, named as a representative of a group or not. */
    Person person(boolean representative) {
        boolean female = random.nextBoolean();
        int born = 1945 + random.nextInt(60);
        return new Person(
                fullName(female),
                address(),
                random.nextInt(10) < 7 ? phone() : null,
                random.nextInt(10) < 6 ? nationalId(female, born) : null,
                representative);
    }

    String fullName(boolean female) {
        String family = FAMILY[dice.weighted(FAMILY_SHARE)];
        String middle = pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
        String given = pick(female ? FEMALE_GIVEN : MALE_GIVEN);
        return family + " " + middle + " " + given;
    }

    String fullName() {
        return fullName(random.nextBoolean());
    }

    /** Where in the unit a matter is: an alley or street in a ward, a village in a commune. */
    String place() {
        if (ward) {
            return random.nextBoolean()
                    ? "ngõ " + (2 + random.nextInt(300)) + " " + dice.pick(streets)
                    : dice.pick(streets);
        }
        return "thôn " + dice.pick(villages);
    }

    String address() {
        String street;
        if (ward) {
            street = switch (random.nextInt(4)) {
                case 0 -> "Số " + house() + " " + dice.pick(streets);
                case 1 ->
                    "Số " + house() + ", ngách " + (1 + random.nextInt(80)) + "/" + (2 + random.nextInt(200)) + " "
                            + dice.pick(streets);
                default -> "Số " + house() + ", ngõ " + (2 + random.nextInt(300)) + " " + dice.pick(streets);
            };
        } else {
            street = random.nextInt(3) == 0
                    ? "Xóm " + (1 + random.nextInt(9)) + ", thôn " + dice.pick(villages)
                    : "Thôn " + dice.pick(villages);
        }
        return street + ", " + locality + ", thành phố Hà Nội";
    }

    private int house() {
        return 1 + random.nextInt(random.nextInt(4) == 0 ? 400 : 120);
    }

    private String phone() {
        return pick(MOBILE_PREFIXES) + String.format("%07d", random.nextInt(10_000_000));
    }

    /**
     * A CCCD number: province of registration (001 is Hà Nội), a digit for sex and century of
     * birth, the two last digits of the year of birth, then six digits.
     */
    private String nationalId(boolean female, int born) {
        int sexAndCentury = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
        return "001" + sexAndCentury + String.format("%02d", born % 100)
                + String.format("%06d", random.nextInt(1_000_000));
    }

    private List<String> few(String[] values, int count) {
        List<String> all = new ArrayList<>(List.of(values));
        Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, count));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
