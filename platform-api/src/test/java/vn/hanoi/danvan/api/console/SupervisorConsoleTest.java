package vn.hanoi.danvan.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The city supervisor's overview: every unit, sortable, and exports that open. */
class SupervisorConsoleTest extends ConsoleFixtures {

    private static final int HANOI_UNITS = 126;

    @Test
    void aSupervisorSeesEveryUnitSortsByOverdueAndExportsTheScorecards() throws Exception {
        // Reflections answered late: two in one unit, one in another.
        receive(
                "officer.00082",
                "REFLECTION",
                "Phản ánh chưa trả lời " + marker(),
                "Lê Văn An",
                today().minusDays(100));
        receive("officer.00082", "REFLECTION", "Phản ánh chưa trả lời " + marker(), "Lê Văn Ba", today().minusDays(90));
        receive(OFFICER_BA_DINH, "REFLECTION", "Phản ánh chưa trả lời " + marker(), "Lê Văn Cư", today().minusDays(80));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(SUPERVISOR);
            browser.heading("Tổng hợp toàn thành phố");
            By rows = By.cssSelector("table.scorecards tbody tr");
            browser.waitFor(driver -> driver.findElements(rows).size() == HANOI_UNITS);
            assertThat(browser.unlabelledControls()).isEmpty();

            browser.click(By.cssSelector("button[data-sort=overdue]"));
            browser.waitFor(driver -> "descending"
                    .equals(driver.findElement(By.xpath("//button[@data-sort='overdue']/.."))
                            .getAttribute("aria-sort")));
            List<Integer> descending = overdueColumn(browser);
            assertThat(descending).hasSize(HANOI_UNITS).isSortedAccordingTo((a, b) -> b - a);
            assertThat(descending.getFirst()).isGreaterThanOrEqualTo(2);
            assertThat(browser.all(By.cssSelector("svg.chart g.bar"))).hasSizeGreaterThanOrEqualTo(2);
            browser.screenshot("04-supervisor-dashboard");

            browser.click(By.cssSelector("button[data-sort=overdue]"));
            browser.waitFor(driver -> "ascending"
                    .equals(driver.findElement(By.xpath("//button[@data-sort='overdue']/.."))
                            .getAttribute("aria-sort")));
            assertThat(overdueColumn(browser)).isSorted();

            browser.click(By.xpath("//button[text()='Xuất CSV']"));
            Path csv = browser.downloaded("bang-xep-hang-don-vi.csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
            assertThat(lines.getFirst()).startsWith("\uFEFF");
            assertThat(lines).hasSize(1 + HANOI_UNITS);
            assertThat(lines.subList(1, lines.size()))
                    .allSatisfy(line -> assertThat(line.split(","))
                            .anySatisfy(cell -> assertThat(cell).matches("\"?\\d{5}\"?")));
            assertThat(browser.visible(By.cssSelector("p.done")).getText())
                    .isEqualTo("Đã tải tệp bang-xep-hang-don-vi.csv.");

            browser.click(By.xpath("//button[text()='Xuất Excel']"));
            Path xlsx = browser.downloaded("bang-xep-hang-don-vi.xlsx");
            assertThat(unitRows(xlsx)).hasSize(HANOI_UNITS).contains("00082", "00004", "00070");
        }
    }

    private static List<Integer> overdueColumn(Browser browser) {
        int column = browser.all(By.cssSelector("table.scorecards thead th")).stream()
                .map(th -> th.findElement(By.tagName("button")).getAttribute("data-sort"))
                .toList()
                .indexOf("overdue");
        return browser.all(By.cssSelector("table.scorecards tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).get(column))
                .map(WebElement::getText)
                .map(text -> Integer.valueOf(text.replaceAll("\\D", "")))
                .toList();
    }

    /** The unit codes of the workbook's data rows (below the title and the header row). */
    private static List<String> unitRows(Path xlsx) throws Exception {
        List<String> codes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() < 3) {
                    continue;
                }
                row.forEach(cell -> {
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().matches("\\d{5}")) {
                        codes.add(cell.getStringCellValue());
                    }
                });
            }
        }
        return codes;
    }
}
