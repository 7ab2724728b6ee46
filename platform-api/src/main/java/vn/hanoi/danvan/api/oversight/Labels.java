package vn.hanoi.danvan.api.oversight;

import java.util.Map;

/** Vietnamese labels of the codes the exports show. */
final class Labels {

    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("WARD", "Phường"),
            Map.entry("COMMUNE", "Xã"),
            Map.entry("COMPLAINT", "Khiếu nại"),
            Map.entry("DENUNCIATION", "Tố cáo"),
            Map.entry("RECOMMENDATION", "Kiến nghị"),
            Map.entry("REFLECTION", "Phản ánh"),
            Map.entry("IN_PERSON", "Trực tiếp"),
            Map.entry("POST", "Bưu chính"),
            Map.entry("ONLINE", "Trực tuyến"),
            Map.entry("TRANSFERRED", "Chuyển đến"),
            Map.entry("STAFF_ENTRY", "Cán bộ nhập"),
            Map.entry("RECEIVED", "Mới tiếp nhận"),
            Map.entry("CLASSIFIED", "Đã phân loại"),
            Map.entry("GUIDED", "Đã hướng dẫn"),
            Map.entry("REJECTED", "Không thụ lý"),
            Map.entry("ACCEPTED", "Đã thụ lý"),
            Map.entry("VERIFYING", "Đang xác minh"),
            Map.entry("SUSPENDED", "Tạm đình chỉ"),
            Map.entry("RESOLVED", "Đã giải quyết"),
            Map.entry("APPEALED", "Khiếu nại lần hai"),
            Map.entry("WITHDRAWN", "Đã rút"),
            Map.entry("CLOSED", "Đã lưu hồ sơ"));

    private Labels() {}

    /** The label of a code; "Đã chuyển" for a petition's TRANSFERRED state is the state column's job. */
    static String of(String code) {
        return code == null ? null : TERMS.getOrDefault(code, code);
    }

    static String state(String code) {
        return "TRANSFERRED".equals(code) ? "Đã chuyển đi" : of(code);
    }
}
