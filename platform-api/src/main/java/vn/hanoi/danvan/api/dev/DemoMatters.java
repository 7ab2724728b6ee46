package vn.hanoi.danvan.api.dev;

import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.COMPLAINT;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.DENUNCIATION;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.RECOMMENDATION;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.REFLECTION;

import java.util.List;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;

/**
 * What the demo petitions are about: the matters that fill a Hanoi ward's or commune's inbox,
 * written the way citizens write them. {@code %1$s} in a text is a place in the unit (an alley,
 * a street, a village), {@code %2$s} the ward or commune. Several kinds in one matter make a
 * letter that is split into one petition per kind.
 */
final class DemoMatters {

    /** Where a matter comes up: anywhere, only in wards (streets), only in communes (fields). */
    enum Where {
        ANYWHERE,
        WARD,
        COMMUNE
    }

    /**
     * @param group whether such a matter is often brought by a group of neighbours
     */
    record Matter(List<PetitionKind> kinds, Where where, boolean group, String subject, String text) {

        String text(String place, String locality) {
            return text.formatted(place, locality);
        }
    }

    static final List<Matter> ALL = List.of(
            // Complaints (khiếu nại): against a decision or act of the administration.
            new Matter(
                    List.of(COMPLAINT),
                    Where.ANYWHERE,
                    false,
                    "Khiếu nại việc không cấp Giấy chứng nhận quyền sử dụng đất",
                    """
                    Gia đình tôi sử dụng ổn định thửa đất tại %1$s từ năm 1992, không tranh chấp, đã nộp hồ sơ \
                    đề nghị cấp Giấy chứng nhận quyền sử dụng đất nhưng nhận được văn bản trả lời không đủ điều \
                    kiện cấp. Đề nghị %2$s xem xét lại và cấp Giấy chứng nhận theo quy định."""),
            new Matter(
                    List.of(COMPLAINT),
                    Where.ANYWHERE,
                    true,
                    "Khiếu nại đơn giá bồi thường khi thu hồi đất mở rộng đường",
                    """
                    Các hộ dân tại %1$s bị thu hồi đất để thực hiện dự án mở rộng đường giao thông. Đơn giá bồi \
                    thường đất ở và tài sản trên đất thấp hơn nhiều so với giá thị trường, chưa tính hỗ trợ \
                    chuyển đổi nghề nghiệp. Đề nghị xem xét lại phương án bồi thường, hỗ trợ."""),
            new Matter(List.of(COMPLAINT), Where.ANYWHERE, false, "Khiếu nại việc không được bố trí tái định cư", """
                    Gia đình tôi bị thu hồi toàn bộ diện tích đất ở tại %1$s nhưng không được xét bố trí tái \
                    định cư với lý do chưa đủ thời gian cư trú. Đề nghị %2$s xem xét lại hồ sơ, bố trí tái định \
                    cư để gia đình ổn định cuộc sống."""),
            new Matter(
                    List.of(COMPLAINT),
                    Where.ANYWHERE,
                    false,
                    "Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng",
                    """
                    Gia đình tôi nhận quyết định xử phạt vi phạm hành chính về hành vi xây dựng sai nội dung giấy \
                    phép tại %1$s. Phần cơi nới chỉ là mái che tạm bằng khung thép, không phải công trình kiên cố; \
                    mức phạt áp dụng không đúng. Đề nghị hủy quyết định xử phạt."""),
            new Matter(
                    List.of(COMPLAINT),
                    Where.ANYWHERE,
                    false,
                    "Khiếu nại quyết định cưỡng chế tháo dỡ công trình",
                    """
                    Nhà xưởng của gia đình tôi tại %1$s bị ban hành quyết định cưỡng chế tháo dỡ trong khi hồ sơ \
                    xin cấp phép xây dựng còn đang chờ giải quyết. Đề nghị tạm dừng cưỡng chế và xem xét cấp phép."""),
            new Matter(
                    List.of(COMPLAINT),
                    Where.ANYWHERE,
                    false,
                    "Khiếu nại việc dừng chi trả trợ cấp xã hội hằng tháng",
                    """
                    Mẹ tôi trên 80 tuổi, cư trú tại %1$s, đang hưởng trợ cấp xã hội hằng tháng thì bị dừng chi \
                    trả từ tháng trước mà không có thông báo lý do. Đề nghị %2$s xem xét, khôi phục chế độ và \
                    truy lĩnh phần chưa nhận."""),
            new Matter(List.of(COMPLAINT), Where.ANYWHERE, false, "Khiếu nại kết quả bình xét hộ cận nghèo", """
                    Chồng tôi bị bệnh hiểm nghèo, gia đình không có thu nhập ổn định nhưng không có tên trong \
                    danh sách hộ cận nghèo năm nay của %1$s. Việc bình xét chưa khách quan, công khai; đề nghị \
                    %2$s rà soát lại."""),
            new Matter(List.of(COMPLAINT), Where.ANYWHERE, false, "Khiếu nại việc từ chối đăng ký hộ kinh doanh", """
                    Tôi nộp hồ sơ đăng ký hộ kinh doanh quán ăn tại %1$s qua Cổng dịch vụ công nhưng bị từ chối \
                    với lý do địa điểm không phù hợp, không nêu căn cứ pháp lý. Đề nghị giải quyết theo đúng \
                    quy định."""),
            new Matter(
                    List.of(COMPLAINT),
                    Where.COMMUNE,
                    false,
                    "Khiếu nại kết quả đo đạc, xác định ranh giới thửa đất",
                    """
                    Kết quả đo đạc lại thửa đất nông nghiệp của gia đình tôi tại cánh đồng %1$s thiếu khoảng \
                    120 m² so với sổ giao đất năm 1993, phần thiếu bị tính sang thửa liền kề. Đề nghị đo đạc lại \
                    có sự chứng kiến của các hộ giáp ranh."""),
            // Denunciations (tố cáo): of a violation, often by an official.
            new Matter(
                    List.of(DENUNCIATION),
                    Where.ANYWHERE,
                    false,
                    "Tố cáo cán bộ địa chính nhũng nhiễu khi giải quyết hồ sơ đất đai",
                    """
                    Tôi tố cáo cán bộ địa chính của %2$s nhiều lần hẹn lại, yêu cầu bổ sung giấy tờ không có \
                    trong quy định và gợi ý "chi phí bồi dưỡng" để hồ sơ cấp Giấy chứng nhận của gia đình tôi \
                    tại %1$s được giải quyết nhanh."""),
            new Matter(
                    List.of(DENUNCIATION),
                    Where.ANYWHERE,
                    true,
                    "Tố cáo việc thu các khoản đóng góp trái quy định",
                    """
                    Ban điều hành khu dân cư tại %1$s thu của mỗi hộ 500.000 đồng "quỹ xây dựng" không qua họp \
                    dân, không công khai thu chi. Đề nghị kiểm tra, làm rõ và hoàn trả cho các hộ dân."""),
            new Matter(
                    List.of(DENUNCIATION), Where.ANYWHERE, false, "Tố cáo việc lập khống danh sách nhận hỗ trợ", """
                    Danh sách nhận hỗ trợ người lao động gặp khó khăn tại %1$s có tên một số người không cư trú \
                    tại địa phương, trong khi nhiều hộ khó khăn thực tế không được nhận. Đề nghị làm rõ trách \
                    nhiệm của người lập danh sách."""),
            new Matter(
                    List.of(REFLECTION, DENUNCIATION),
                    Where.ANYWHERE,
                    true,
                    "Lấn chiếm đất công, cán bộ có dấu hiệu bao che",
                    """
                    Một hộ kinh doanh tại %1$s lấn chiếm đất công, xây tường rào và nhà tạm làm kho. Người dân \
                    đã phản ánh nhiều lần nhưng cán bộ phụ trách trật tự xây dựng của %2$s không xử lý, có biểu \
                    hiện bao che. Đề nghị kiểm tra, xử lý dứt điểm."""),
            new Matter(List.of(DENUNCIATION), Where.COMMUNE, true, "Tố cáo hành vi khai thác cát trái phép", """
                    Ban đêm nhiều tàu hút cát hoạt động trên sông đoạn giáp %1$s, xe tải chở cát chạy qua đường \
                    làng gây sạt lở bờ, hỏng đường. Đề nghị kiểm tra, xử lý và làm rõ việc có người tiếp tay."""),
            new Matter(List.of(DENUNCIATION), Where.ANYWHERE, false, "Tố cáo việc giao đất trái thẩm quyền", """
                    Năm 2019, lãnh đạo thôn, tổ dân phố khi đó đã giao trái thẩm quyền phần đất ven %1$s cho một \
                    số hộ để xây nhà, thu tiền nhưng không nộp ngân sách. Đề nghị thanh tra, làm rõ."""),
            new Matter(
                    List.of(DENUNCIATION),
                    Where.COMMUNE,
                    false,
                    "Tố cáo việc đổ trộm phế thải xây dựng trên đất nông nghiệp",
                    """
                    Nhiều xe tải đổ trộm phế thải xây dựng xuống ruộng tại cánh đồng %1$s vào ban đêm; có dấu hiệu \
                    chủ đất nhận tiền để san lấp trái phép. Đề nghị kiểm tra, xử lý."""),
            // Recommendations (kiến nghị).
            new Matter(List.of(RECOMMENDATION), Where.ANYWHERE, true, "Kiến nghị sửa chữa đường ngõ xuống cấp", """
                    Đoạn đường %1$s xuống cấp nghiêm trọng, nhiều ổ gà, mưa xuống đọng nước gây nguy hiểm cho học \
                    sinh và người cao tuổi. Các hộ dân kiến nghị %2$s đưa vào kế hoạch sửa chữa trong năm."""),
            new Matter(List.of(RECOMMENDATION), Where.ANYWHERE, false, "Kiến nghị lắp đèn chiếu sáng công cộng", """
                    Khu vực %1$s chưa có đèn chiếu sáng, buổi tối rất tối, đã xảy ra một số vụ trộm cắp xe máy. \
                    Kiến nghị lắp đặt đèn chiếu sáng công cộng."""),
            new Matter(
                    List.of(RECOMMENDATION, REFLECTION),
                    Where.ANYWHERE,
                    true,
                    "Các khoản thu đầu năm học tại trường tiểu học",
                    """
                    Đầu năm học, trường tiểu học trên địa bàn %2$s thu nhiều khoản ngoài học phí như quỹ lớp, \
                    tiền cơ sở vật chất, tiền nước uống, tổng cộng hơn 3 triệu đồng mỗi học sinh. Phụ huynh phản \
                    ánh và kiến nghị rà soát, bỏ các khoản thu không đúng quy định."""),
            new Matter(
                    List.of(RECOMMENDATION, COMPLAINT),
                    Where.ANYWHERE,
                    true,
                    "Chậm chi trả tiền bồi thường giải phóng mặt bằng",
                    """
                    Các hộ dân tại %1$s đã bàn giao mặt bằng cho dự án hơn một năm nhưng chưa được chi trả đủ \
                    tiền bồi thường, hỗ trợ, và không đồng ý với cách tính hỗ trợ thuê nhà tạm cư. Đề nghị sớm \
                    chi trả và xem xét lại."""),
            new Matter(
                    List.of(RECOMMENDATION),
                    Where.ANYWHERE,
                    true,
                    "Kiến nghị cải tạo hệ thống thoát nước chống ngập",
                    """
                    Mỗi trận mưa lớn, khu vực %1$s ngập sâu 30–50 cm, nước tràn vào nhà dân do cống thoát nước \
                    nhỏ và bị lấp. Kiến nghị nạo vét, cải tạo hệ thống thoát nước trước mùa mưa bão."""),
            new Matter(List.of(RECOMMENDATION), Where.WARD, true, "Kiến nghị bố trí sân chơi cho trẻ em", """
                    Khu dân cư %1$s đông trẻ em nhưng không có sân chơi; khu đất trống của %2$s đang bị dùng \
                    làm bãi trông xe. Kiến nghị bố trí làm sân chơi, nhà văn hóa cho tổ dân phố."""),
            new Matter(
                    List.of(RECOMMENDATION),
                    Where.ANYWHERE,
                    false,
                    "Kiến nghị giải quyết chế độ cho thân nhân người có công",
                    """
                    Bố tôi là thương binh, đã mất năm 2023. Gia đình tôi ở %1$s đã nộp hồ sơ hưởng trợ cấp tuất \
                    tại %2$s nhưng chưa được giải quyết. Kiến nghị đôn đốc, giải quyết chế độ cho thân nhân."""),
            new Matter(List.of(RECOMMENDATION), Where.COMMUNE, true, "Kiến nghị hỗ trợ thiệt hại lúa do ngập úng", """
                    Sau đợt mưa lớn vừa qua, hơn 10 ha lúa tại %1$s bị ngập úng, mất trắng. Bà con kiến nghị \
                    %2$s thống kê thiệt hại, hỗ trợ giống và kinh phí khôi phục sản xuất."""),
            // Reflections (phản ánh).
            new Matter(List.of(REFLECTION), Where.WARD, false, "Phản ánh lấn chiếm vỉa hè để kinh doanh", """
                    Các hộ kinh doanh tại %1$s bày hàng hóa, để xe máy, dựng mái che chiếm hết vỉa hè; người đi \
                    bộ phải đi xuống lòng đường. Đề nghị lập lại trật tự đô thị."""),
            new Matter(
                    List.of(REFLECTION),
                    Where.ANYWHERE,
                    true,
                    "Phản ánh tiếng ồn từ quán karaoke hoạt động quá giờ",
                    """
                    Quán karaoke tại %1$s hát to đến 1–2 giờ sáng hằng đêm, ảnh hưởng giấc ngủ của người già, \
                    trẻ nhỏ. Đề nghị kiểm tra giấy phép, xử lý vi phạm về tiếng ồn."""),
            new Matter(List.of(REFLECTION), Where.ANYWHERE, false, "Phản ánh công trình xây dựng không phép", """
                    Một công trình nhà ở tại %1$s đang xây 6 tầng, không treo biển báo giấy phép, vật liệu để \
                    tràn ra đường, làm nứt tường nhà liền kề. Đề nghị kiểm tra giấy phép và đình chỉ thi công \
                    nếu vi phạm."""),
            new Matter(
                    List.of(REFLECTION), Where.ANYWHERE, false, "Phản ánh rác thải tồn đọng, đốt rác gây ô nhiễm", """
                    Rác thải sinh hoạt tại điểm tập kết %1$s tồn đọng nhiều ngày không được thu gom; có người đốt \
                    rác vào buổi tối gây khói, mùi hôi. Đề nghị tăng tần suất thu gom và xử lý việc đốt rác."""),
            new Matter(List.of(REFLECTION), Where.ANYWHERE, true, "Phản ánh ngập úng kéo dài sau mưa", """
                    Sau mỗi trận mưa, %1$s ngập kéo dài nhiều giờ, xe cộ chết máy, nước bẩn tràn vào nhà. Đề \
                    nghị khảo sát, có giải pháp tiêu thoát nước."""),
            new Matter(List.of(REFLECTION), Where.COMMUNE, true, "Phản ánh trang trại chăn nuôi gây ô nhiễm", """
                    Trang trại chăn nuôi lợn sát khu dân cư %1$s xả nước thải chưa xử lý ra mương tưới, mùi hôi \
                    nồng nặc. Đề nghị kiểm tra, buộc chủ trang trại xử lý chất thải."""),
            new Matter(
                    List.of(REFLECTION),
                    Where.ANYWHERE,
                    false,
                    "Phản ánh thái độ phục vụ của cán bộ bộ phận một cửa",
                    """
                    Khi làm thủ tục chứng thực tại Trung tâm phục vụ hành chính công của %2$s, tôi bị cán bộ \
                    tiếp nhận trả lời thiếu tôn trọng, yêu cầu quay lại nhiều lần mà không hướng dẫn đầy đủ. Đề \
                    nghị chấn chỉnh tác phong, thái độ phục vụ."""),
            new Matter(List.of(REFLECTION), Where.ANYWHERE, false, "Phản ánh xe chở vật liệu gây bụi, hỏng đường", """
                    Xe tải chở đất, vật liệu ra vào công trường gần %1$s không che phủ, rơi vãi, gây bụi và làm \
                    hỏng mặt đường. Đề nghị kiểm tra, xử lý."""),
            new Matter(List.of(REFLECTION), Where.WARD, false, "Phản ánh nước sinh hoạt đục, có mùi", """
                    Nhiều ngày nay nước máy cấp cho các hộ tại %1$s đục, có mùi lạ, không dùng được cho sinh \
                    hoạt. Đề nghị đơn vị cấp nước kiểm tra chất lượng, khắc phục."""));

    private DemoMatters() {}

    /** The matters that come up in a ward, or in a commune. */
    static List<Matter> in(boolean ward) {
        Where own = ward ? Where.WARD : Where.COMMUNE;
        return ALL.stream()
                .filter(matter -> matter.where() == Where.ANYWHERE || matter.where() == own)
                .toList();
    }
}
