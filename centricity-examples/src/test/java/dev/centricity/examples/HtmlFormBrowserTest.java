package dev.centricity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.Questionnaire;
import dev.centricity.core.io.ResponseFormat;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.rubric.DefaultRubrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The German HTML form of the default rubric in a real browser: headless Chromium driven by
 * Selenium through Debian's {@code chromium-driver}. The form is filled in by keyboard alone (Tab
 * to each field and group, Space to choose the first point, the arrow keys to move to the point
 * planned, the left arrow from the first point to reach "don't know"), both save buttons are
 * pressed with Enter, and the two saved files are read back: the response JSON scores, and the
 * cohort CSV row reads as a member that scores, exactly as the planned answers given directly.
 *
 * <p>Skipped on a developer's machine without Chromium and its driver; in CI (the environment
 * variable {@code CI} set, and {@code .ci/run} installing both) it runs or fails.
 */
class HtmlFormBrowserTest {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path dir;

  /** The point each trait gets: the j-th trait gets point (2j mod (n + 1)) + 1, n + 1 being n/a. */
  private static Map<String, Integer> plan(Rubric rubric) {
    Map<String, Integer> plan = new LinkedHashMap<>();
    int j = 0;
    for (Trait t : rubric.allTraits()) {
      int n = rubric.scale(t.scale()).map(Scale::size).orElseThrow();
      plan.put(t.id(), (2 * j++) % (n + 1) + 1);
    }
    return plan;
  }

  @Test
  void should_save_keyboard_answers_that_score_as_planned() throws Exception {
    Optional<Path> chromium = Optional.of(Browsers.chromium("HtmlFormBrowserTest"));
    Browsers.chromedriver("HtmlFormBrowserTest");

    // GIVEN the German form and a planned answer per trait
    RubricTexts texts = DefaultRubrics.productCustomerTexts();
    Rubric rubric = texts.rubric();
    Path form = dir.resolve("form.html");
    Files.writeString(form, Questionnaire.html(texts, "de"));
    Map<String, Integer> plan = plan(rubric);
    Path downloads = Files.createDirectories(dir.resolve("downloads"));

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
        "--window-size=1100,1400");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "profile.default_content_setting_values.automatic_downloads",
            1));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(dir.resolve("chromedriver.log").toFile())
            .build();
    WebDriver driver = new ChromeDriver(service, options);
    try {
      driver.get(form.toUri().toString());
      assertThat(driver.getTitle()).isEqualTo("Produkt- oder Kundenorientierung");

      // WHEN the form is filled in by keyboard: respondent, group, then each trait's group
      Actions keys = new Actions(driver);
      keys.sendKeys(Keys.TAB).sendKeys("r-17").sendKeys(Keys.TAB).sendKeys("Vertrieb Nord");
      for (Trait t : rubric.allTraits()) {
        int n = rubric.scale(t.scale()).map(Scale::size).orElseThrow();
        int point = plan.get(t.id());
        keys.sendKeys(Keys.TAB).sendKeys(Keys.SPACE);
        if (point == n + 1) {
          keys.sendKeys(Keys.ARROW_LEFT);
        } else {
          for (int i = 1; i < point; i++) {
            keys.sendKeys(Keys.ARROW_RIGHT);
          }
        }
      }
      keys.sendKeys(Keys.TAB).sendKeys(Keys.ENTER).sendKeys(Keys.TAB).sendKeys(Keys.ENTER);
      keys.perform();

      // the browser saves both files; wait until they are complete
      Path json = downloads.resolve("product-customer-centricity-r-17.json");
      Path csv = downloads.resolve("product-customer-centricity-r-17.csv");
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> Files.exists(json) && Files.exists(csv) && noPartialDownloads(downloads));
      assertThat(driver.findElement(org.openqa.selenium.By.id("status")).getText())
          .isEqualTo("product-customer-centricity-r-17.csv gespeichert");
    } finally {
      driver.quit();
    }

    // THEN the saved response scores exactly as the planned answers given directly
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Trait t : rubric.allTraits()) {
      int n = rubric.scale(t.scale()).map(Scale::size).orElseThrow();
      int point = plan.get(t.id());
      answers.put(t.id(), point == n + 1 ? Answer.notApplicable() : Answer.of(point));
    }
    Response expected =
        Response.builder().rubric(rubric.reference()).respondent("r-17").answers(answers).build();
    Scorer scorer = Scorer.of(rubric);
    String expectedCard = ScorecardFormat.toJson(scorer.score(expected));
    Response saved =
        ResponseFormat.read(downloads.resolve("product-customer-centricity-r-17.json"));
    assertThat(saved).isEqualTo(expected);
    assertThat(ScorecardFormat.toJson(scorer.score(saved))).isEqualTo(expectedCard);

    // AND the saved cohort row is one member of group "Vertrieb Nord" with the same scorecard
    List<CohortRow> rows = new ArrayList<>();
    try (CohortRows read =
        CohortReader.of(scorer).open(downloads.resolve("product-customer-centricity-r-17.csv"))) {
      read.forEach(rows::add);
    }
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).member().orElseThrow().group()).contains("Vertrieb Nord");
    assertThat(ScorecardFormat.toJson(scorer.score(rows.get(0).member().orElseThrow().response())))
        .isEqualTo(expectedCard);
  }

  private static boolean noPartialDownloads(Path downloads) {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.noneMatch(f -> f.toString().endsWith(".crdownload"));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
