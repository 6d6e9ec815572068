package dev.centricity.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.io.CohortReader;
import dev.centricity.rubric.DefaultRubrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML reports as a browser lays them out: headless Chromium driven by Selenium through
 * Debian's {@code chromium-driver}. Score reports of rubrics of 2, 3, 9 and 20 dimensions (the
 * second dimension with a 66-character name, and not answered) and a cohort page with a long group
 * name and intervals wider than the axis: no text of a chart is cut by its drawing's edge, the
 * dimension table stands beside the chart with every name whole, and the stat boxes share one
 * width. Each page's screenshot is kept in {@code target/screenshots} (the ones in {@code
 * docs/screenshots} were taken from there).
 *
 * <p>Skipped on a developer's machine without Chromium and its driver; in CI (the environment
 * variable {@code CI} set, and {@code .ci/run} installing both) it runs or fails.
 */
class ReportBrowserTest {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** For each chart's text: how far its box reaches past its drawing's box, in CSS pixels. */
  private static final String TEXT_OVERFLOW =
      "var worst = 0, which = '';"
          + "document.querySelectorAll('svg text').forEach(function (t) {"
          + "  var s = t.ownerSVGElement.getBoundingClientRect(), b = t.getBoundingClientRect();"
          + "  var over = Math.max(s.left - b.left, b.right - s.right, s.top - b.top,"
          + "      b.bottom - s.bottom);"
          + "  if (over > worst) { worst = over; which = t.textContent; }"
          + "});"
          + "return worst + ' ' + which;";

  @TempDir static Path dir;

  static WebDriver driver;

  @BeforeAll
  static void start() {
    Optional<Path> chromium = HtmlReportTest.chromium();
    boolean ready = chromium.isPresent() && Files.isExecutable(CHROMEDRIVER);
    assumeTrue(ready || System.getenv("CI") != null, "Chromium or chromium-driver is missing");
    assertThat(ready).as("Chromium and chromium-driver are needed in CI").isTrue();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--user-data-dir=" + dir.resolve("profile"),
        "--window-size=1100,1300");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(dir.resolve("chromedriver.log").toFile())
            .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void open(String name, String html) throws Exception {
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, html);
    driver.get(page.toUri().toString());
  }

  private static double overflow() {
    String worst = (String) ((JavascriptExecutor) driver).executeScript(TEXT_OVERFLOW);
    assertThat(worst).as("the chart text reaching furthest past its drawing").isNotNull();
    return Double.parseDouble(worst.split(" ", 2)[0]);
  }

  private static void keepScreenshot(String name) throws Exception {
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Path keep = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(keep.getParent());
    Files.copy(png, keep, StandardCopyOption.REPLACE_EXISTING);
  }

  @ParameterizedTest(name = "{0} dimensions")
  @ValueSource(ints = {2, 3, 9, 20})
  void should_lay_out_the_score_report_without_cutting_a_name(int n) throws Exception {
    // GIVEN a rubric of n dimensions, the second of them (with the longest name) not answered
    Rubric rubric = ReportRubrics.ofDimensions(n);
    String html = HtmlReport.render(List.of(ReportRubrics.scorecard(rubric, n, 1)), rubric);

    // WHEN the page is shown in Chromium
    open("report-" + n, html);
    keepScreenshot("report-" + n + "-dimensions");

    // THEN no chart text reaches past its drawing (half a pixel of anti-aliasing allowed)
    assertThat(overflow()).as("px of chart text past its drawing").isLessThanOrEqualTo(0.5);
    // AND a radar from three dimensions up, bars below
    assertThat(driver.findElements(By.cssSelector("svg.radar"))).hasSize(n >= 3 ? 1 : 0);
    assertThat(driver.findElements(By.cssSelector("svg.bar"))).hasSize(n >= 3 ? 0 : n);
    // AND the table stands to the right of the chart, with a row per dimension and names whole
    WebElement chart = driver.findElement(By.cssSelector(".chart"));
    WebElement table = driver.findElement(By.cssSelector("table.dimensions"));
    assertThat(table.getRect().getX())
        .isGreaterThanOrEqualTo(chart.getRect().getX() + chart.getRect().getWidth());
    List<WebElement> rows = table.findElements(By.cssSelector("tr"));
    assertThat(rows).hasSize(1 + n);
    assertThat(rows.get(2).getText())
        .contains(ReportRubrics.LONG_NAME)
        .contains("not counted: not answered");
  }

  @Test
  void should_lay_out_the_cohort_page_with_long_names_and_wide_intervals() throws Exception {
    // GIVEN the team survey with a pair of respondents far apart under a long group name, whose
    // intervals reach past −1 and +1, and a row that cannot be scored
    String survey = Files.readString(Path.of("src/test/resources/cohorts/team-survey.csv"));
    List<String> lines = survey.lines().toList();
    String group = "Customer success and renewals, region North-West";
    StringBuilder csv = new StringBuilder(survey);
    for (int i : new int[] {1, 50}) {
      String line = lines.get(i);
      csv.append("p")
          .append(i)
          .append(",\"")
          .append(group)
          .append("\"")
          .append(line.substring(line.indexOf(',', line.indexOf(',') + 1)))
          .append('\n');
    }
    csv.append("r-99,Sales,1\n");
    Path file = dir.resolve("cohort.csv");
    Files.writeString(file, csv.toString());
    Rubric rubric = DefaultRubrics.productCustomer();
    Scorer scorer = Scorer.of(rubric);
    CohortReport report;
    try (CohortRows rows = CohortReader.of(scorer).open(file)) {
      report = CohortAnalysis.of(scorer).analyse(rows);
    }

    // WHEN the page is shown in Chromium
    open("cohort", HtmlReport.renderCohort(report, rubric));
    keepScreenshot("cohort");

    // THEN no chart text reaches past its drawing, and the legend names the five bands
    assertThat(overflow()).as("px of chart text past its drawing").isLessThanOrEqualTo(0.5);
    assertThat(driver.findElements(By.cssSelector(".legend li"))).hasSize(5);
    // AND the long group's intervals stop at the axis with arrowheads
    assertThat(driver.findElements(By.cssSelector("polygon.continues"))).isNotEmpty();
    // AND the stat boxes of a group share one width, a long band taking two
    List<WebElement> boxes = driver.findElements(By.cssSelector(".headline > div:not(.wide)"));
    int width = boxes.get(0).getRect().getWidth();
    for (WebElement box : boxes) {
      assertThat(box.getRect().getWidth()).isBetween(width - 1, width + 1);
    }
    // AND the rejected row and the warnings are on the page
    assertThat(driver.findElement(By.id("rejected")).getText()).contains("r-99");
    assertThat(driver.findElement(By.id("warnings")).getText()).contains("could not be scored");
  }
}
