package vn.hanoi.danvan.api.dev;

import java.util.List;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;

/** What officers write on the way: classification notes, reasons, decisions and replies. */
final class DemoTexts {

    private static final List<String> COMPLAINT_DECISIONS = List.of(
            "công nhận một phần nội dung khiếu nại; giao bộ phận chuyên môn điều chỉnh phương án và thông báo cho"
                    + " người khiếu nại.",
            "không công nhận nội dung khiếu nại; giữ nguyên quyết định hành chính bị khiếu nại.",
            "công nhận nội dung khiếu nại; hủy văn bản trả lời trước đây và giải quyết lại hồ sơ trong 15 ngày.");
    private static final List<String> CONCLUSIONS = List.of(
            "tố cáo đúng một phần; yêu cầu cán bộ liên quan kiểm điểm, rút kinh nghiệm.",
            "tố cáo sai; không có căn cứ kết luận người bị tố cáo vi phạm.",
            "tố cáo đúng; chuyển hồ sơ xem xét xử lý kỷ luật và thu hồi các khoản thu sai quy định.");
    private static final List<String> REPLIES = List.of(
            "đã kiểm tra thực tế, giao bộ phận chuyên môn xử lý và thông báo kết quả cho người dân.",
            "nội dung kiến nghị đã được đưa vào kế hoạch đầu tư công năm sau.",
            "đã lập biên bản, xử lý vi phạm hành chính và yêu cầu khắc phục hậu quả.",
            "đã làm việc với đơn vị liên quan; tình trạng phản ánh đã được khắc phục.");
    private static final List<String> COMPLAINT_REJECTIONS = List.of(
            "Khiếu nại đã quá thời hiệu (Luật Khiếu nại 2011, điều 11).",
            "Quyết định bị khiếu nại đã được giải quyết lần hai, không có tình tiết mới (Luật Khiếu nại 2011, điều 11).");
    private static final List<String> DENUNCIATION_REJECTIONS = List.of(
            "Nội dung đã được giải quyết, người tố cáo không cung cấp thông tin, tài liệu mới (Luật Tố cáo 2018,"
                    + " điều 25).",
            "Nội dung tố cáo không có cơ sở để xác định người vi phạm, hành vi vi phạm (Luật Tố cáo 2018, điều 25).");
    private static final List<String> OTHER_REJECTIONS = List.of(
            "Nội dung trùng với đơn đã được trả lời; không xử lý lại.",
            "Nội dung không thuộc phạm vi quản lý của đơn vị; đã trả lời công dân bằng văn bản.");
    private static final List<String> GUIDANCE = List.of(
            "Tranh chấp dân sự giữa các hộ: hướng dẫn công dân gửi đơn đến Tòa án nhân dân khu vực.",
            "Hướng dẫn công dân liên hệ Văn phòng đăng ký đất đai Hà Nội, chi nhánh khu vực.",
            "Hướng dẫn công dân nộp hồ sơ qua Cổng dịch vụ công quốc gia.");
    private static final List<String> WITHDRAWALS = List.of(
            "Công dân có đơn rút nội dung sau khi được đối thoại, giải thích chính sách.",
            "Các bên đã tự hòa giải tại tổ hòa giải cơ sở; công dân rút đơn.");
    private static final List<String> SUSPENSIONS = List.of(
            "Chờ kết quả giám định của cơ quan chuyên môn.",
            "Chờ kết quả giải quyết vụ án dân sự liên quan tại Tòa án nhân dân khu vực.",
            "Chờ ý kiến của Sở Nông nghiệp và Môi trường về nguồn gốc đất.");
    private static final List<String> VERIFICATIONS = List.of(
            "Giao công chức địa chính - xây dựng xác minh, làm việc với các bên liên quan.",
            "Thành lập tổ xác minh; lịch đối thoại với người khiếu nại sẽ được thông báo.",
            "Giao Văn phòng HĐND và UBND chủ trì xác minh, báo cáo kết quả.");

    private DemoTexts() {}

    static String classification(PetitionKind kind) {
        return switch (kind) {
            case COMPLAINT -> "Đơn khiếu nại đủ điều kiện thụ lý; thuộc thẩm quyền giải quyết lần đầu.";
            case DENUNCIATION -> "Đơn tố cáo có đủ thông tin người tố cáo; thuộc thẩm quyền giải quyết.";
            case RECOMMENDATION -> "Đơn kiến nghị; giao bộ phận chuyên môn kiểm tra, trả lời.";
            case REFLECTION -> "Đơn phản ánh; giao bộ phận chuyên môn kiểm tra thực tế.";
        };
    }

    /** A complaint decision, a denunciation conclusion or a reply, with a document number. */
    static String decision(DemoDice dice, PetitionKind kind) {
        int number = dice.between(1, 480);
        return switch (kind) {
            case COMPLAINT ->
                "Quyết định giải quyết khiếu nại lần đầu số " + number + "/QĐ-UBND: " + dice.pick(COMPLAINT_DECISIONS);
            case DENUNCIATION -> "Kết luận nội dung tố cáo số " + number + "/KL-UBND: " + dice.pick(CONCLUSIONS);
            case RECOMMENDATION, REFLECTION -> "Văn bản trả lời số " + number + "/UBND: " + dice.pick(REPLIES);
        };
    }

    static String rejection(DemoDice dice, PetitionKind kind) {
        return dice.pick(
                switch (kind) {
                    case COMPLAINT -> COMPLAINT_REJECTIONS;
                    case DENUNCIATION -> DENUNCIATION_REJECTIONS;
                    case RECOMMENDATION, REFLECTION -> OTHER_REJECTIONS;
                });
    }

    static String guidance(DemoDice dice) {
        return dice.pick(GUIDANCE);
    }

    static String withdrawal(DemoDice dice) {
        return dice.pick(WITHDRAWALS);
    }

    static String suspension(DemoDice dice) {
        return dice.pick(SUSPENSIONS);
    }

    static String verification(DemoDice dice) {
        return dice.pick(VERIFICATIONS);
    }

    static String transfer(String toUnit) {
        return "Nội dung thuộc thẩm quyền giải quyết của " + toUnit
                + "; chuyển đơn theo Thông tư 05/2021/TT-TTCP, điều 14.";
    }
}
