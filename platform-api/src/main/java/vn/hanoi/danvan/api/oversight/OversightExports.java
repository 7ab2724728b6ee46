package vn.hanoi.danvan.api.oversight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The scorecards and statistics as export tables, with the headers city reports use. */
final class OversightExports {

    private static final List<String> SCORECARD_HEADERS = List.of(
            "Hạng",
            "Mã đơn vị",
            "Tên đơn vị",
            "Loại đơn vị",
            "Tổng số đơn tiếp nhận",
            "Khiếu nại",
            "Tố cáo",
            "Kiến nghị",
            "Phản ánh",
            "Trực tiếp",
            "Bưu chính",
            "Trực tuyến",
            "Chuyển đến",
            "Cán bộ nhập",
            "Tỷ lệ tiếp nhận trực tuyến (%)",
            "Đơn đông người",
            "Nhận chuyển từ đơn vị khác",
            "Chuyển sang đơn vị khác",
            "Đang giải quyết",
            "Đến 10 ngày",
            "11–30 ngày",
            "31–60 ngày",
            "61–90 ngày",
            "Trên 90 ngày",
            "Quá hạn",
            "Đã giải quyết",
            "Giải quyết đúng hạn",
            "Tỷ lệ đúng hạn (%)",
            "Số ngày giải quyết (trung vị)",
            "Mức hài lòng bình quân",
            "Số lượt đánh giá",
            "Buổi tiếp công dân đã tổ chức",
            "Buổi tiếp công dân bị hủy",
            "Số ngày lãnh đạo phải tiếp dân",
            "Số ngày lãnh đạo đã tiếp dân",
            "Tỷ lệ thực hiện lịch tiếp dân (%)",
            "Số tháng đã xét",
            "Số tháng đạt",
            "Nhiệm vụ đến hạn",
            "Nhiệm vụ đã hoàn thành",
            "Hoàn thành quá hạn",
            "Quá hạn chưa hoàn thành",
            "Tỷ lệ hoàn thành nhiệm vụ (%)");

    private OversightExports() {}

    static ExportTable scorecards(Oversight question, List<Scorecard> cards) {
        List<List<Object>> rows = new ArrayList<>(cards.size());
        for (Scorecard card : cards) {
            rows.add(Arrays.asList(
                    card.rank(),
                    card.unitCode(),
                    card.unitName(),
                    Labels.of(card.unitKind().name()),
                    card.received(),
                    card.receivedByKind().complaint(),
                    card.receivedByKind().denunciation(),
                    card.receivedByKind().recommendation(),
                    card.receivedByKind().reflection(),
                    card.receivedByChannel().inPerson(),
                    card.receivedByChannel().post(),
                    card.receivedByChannel().online(),
                    card.receivedByChannel().transferred(),
                    card.receivedByChannel().staffEntry(),
                    percent(card.onlineShare()),
                    card.groupPetitions(),
                    card.transfersIn(),
                    card.transfersOut(),
                    card.openBacklog(),
                    card.backlogAge().upTo10Days(),
                    card.backlogAge().upTo30Days(),
                    card.backlogAge().upTo60Days(),
                    card.backlogAge().upTo90Days(),
                    card.backlogAge().over90Days(),
                    card.overdue(),
                    card.resolved(),
                    card.resolvedOnTime(),
                    percent(card.onTimeRate()),
                    card.medianDaysToResolve(),
                    card.satisfactionMean(),
                    card.satisfactionCount(),
                    card.receptions().sessionsHeld(),
                    card.receptions().sessionsCancelled(),
                    card.receptions().sessionsRequired(),
                    card.receptions().requiredDaysMet(),
                    percent(card.receptions().complianceRate()),
                    card.receptions().monthsJudged(),
                    card.receptions().monthsMet(),
                    card.directives().assigned(),
                    card.directives().completed(),
                    card.directives().completedLate(),
                    card.directives().overdueOpen(),
                    percent(card.directives().completionRate())));
        }
        return new ExportTable(title("Bảng xếp hạng đơn vị", question), SCORECARD_HEADERS, rows);
    }

    static ExportTable statistics(Oversight question, Set<StatisticsDimension> groupBy, List<PetitionStatistic> rows) {
        List<String> headers = new ArrayList<>();
        if (groupBy.contains(StatisticsDimension.UNIT)) {
            headers.addAll(List.of("Mã đơn vị", "Tên đơn vị"));
        }
        if (groupBy.contains(StatisticsDimension.KIND)) {
            headers.add("Loại đơn");
        }
        if (groupBy.contains(StatisticsDimension.CHANNEL)) {
            headers.add("Hình thức tiếp nhận");
        }
        if (groupBy.contains(StatisticsDimension.STATE)) {
            headers.add("Trạng thái");
        }
        if (groupBy.contains(StatisticsDimension.MONTH)) {
            headers.add("Tháng");
        }
        headers.add("Số đơn");
        List<List<Object>> table = new ArrayList<>(rows.size());
        for (PetitionStatistic row : rows) {
            List<Object> cells = new ArrayList<>();
            if (groupBy.contains(StatisticsDimension.UNIT)) {
                cells.add(row.unitCode());
                cells.add(row.unitName());
            }
            if (groupBy.contains(StatisticsDimension.KIND)) {
                cells.add(Labels.of(row.kind()));
            }
            if (groupBy.contains(StatisticsDimension.CHANNEL)) {
                cells.add(Labels.of(row.channel()));
            }
            if (groupBy.contains(StatisticsDimension.STATE)) {
                cells.add(Labels.state(row.state()));
            }
            if (groupBy.contains(StatisticsDimension.MONTH)) {
                cells.add("%02d/%d"
                        .formatted(row.month().getMonthValue(), row.month().getYear()));
            }
            cells.add(row.petitions());
            table.add(cells);
        }
        return new ExportTable(title("Thống kê đơn thư", question), headers, table);
    }

    private static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private static String title(String what, Oversight question) {
        return "%s từ tháng %02d/%d đến tháng %02d/%d"
                .formatted(
                        what,
                        question.from().getMonthValue(),
                        question.from().getYear(),
                        question.to().getMonthValue(),
                        question.to().getYear());
    }
}
