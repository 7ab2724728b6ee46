package vn.hanoi.danvan.api.oversight;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes an export table as CSV or as an Excel workbook, row by row onto the response. */
final class TableWriters {

    /** Rows kept in memory by the streaming workbook; the rest go to a temporary file. */
    private static final int WINDOW = 200;

    private TableWriters() {}

    /** UTF-8 with a byte-order mark, so Excel opens the Vietnamese headers as they are. */
    static void csv(ExportTable table, OutputStream target) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        out.write('\uFEFF');
        line(out, table.headers());
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        out.flush();
    }

    static void xlsx(ExportTable table, OutputStream target) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet("Báo cáo");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(table.title());
            title.setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.headers().get(i));
                cell.setCellStyle(bold);
            }
            int at = 3;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(at++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(target);
        } finally {
            workbook.close();
        }
    }

    private static void line(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells.get(i)));
        }
        out.write("\r\n");
    }

    private static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
