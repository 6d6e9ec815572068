package dev.centricity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.rubric.DefaultRubrics;
import dev.centricity.rubric.SampleOrganisation;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  final Rubric rubric = DefaultRubrics.productCustomer();
  final Scorecard salesTalk = Scorer.of(rubric).score(SampleOrganisation.SALES_TALK.orientation());
  final String html = HtmlReport.render(List.of(salesTalk), rubric);

  @Test
  void should_draw_one_radar_point_per_dimension() {
    Matcher m = Pattern.compile("<polygon class=\"profile\" points=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1).split(" ")).hasSize(rubric.dimensions().size());
  }

  @Test
  void should_draw_every_band_and_place_the_marker_on_the_index() {
    // the scale spans 860 px from x = 20: index −32/189 lies at 20 + (1 − 32/189)/2 · 860 ≈ 377.2
    assertThat(html.split("<rect x=").length - 1).isGreaterThanOrEqualTo(rubric.bands().size());
    assertThat(html).contains("<line x1=\"377.2\" y1=\"16\" x2=\"377.2\"");
    rubric.bands().forEach(b -> assertThat(html).contains(">" + b.label() + "<"));
  }

  @Test
  void should_place_the_strengths_in_the_quadrant() {
    // 220 px square from 40: x = 40 + 0.596·220, y = 40 + (1 − 0.470)·220
    double sx = salesTalk.strengths().get("product");
    double sy = salesTalk.strengths().get("customer");
    assertThat(html)
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\"",
                40 + sx * 220,
                40 + (1 - sy) * 220));
  }

  @Test
  void should_escape_text_from_the_rubric() {
    assertThat(HtmlReport.esc("<b>\"Tom & Jerry's\"</b>"))
        .isEqualTo("&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;");
  }

  @Test
  void should_show_an_unanswered_dimension_as_absent_and_not_on_the_balanced_ring() {
    // GIVEN three dimensions, the second (d1) not answered at all
    Rubric three = ReportRubrics.ofDimensions(3);
    Scorecard card = ReportRubrics.scorecard(three, 3, 1);

    // WHEN the page is rendered
    String page = HtmlReport.render(List.of(card), three);

    // THEN the profile joins the two counted dimensions only: no point for d1 at index 0
    Matcher m = Pattern.compile("class=\"profile\" points=\"([^\"]*)\"").matcher(page);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1).split(" ")).hasSize(2);
    // AND d1's axis is dashed, and the table says why in words of the case
    assertThat(page).contains("class=\"axis absent\"");
    assertThat(page).contains("<tr class=\"absent\">").contains("not counted: not answered");
  }

  @Test
  void should_say_why_a_dimension_did_not_count_in_words_that_fit_the_case() {
    // GIVEN four dimensions, d2's traits of weight 0, and a minimum coverage of ¾;
    // d0 answered on one trait of two (coverage ½ < ¾), d1 not at all, d2 and d3 fully
    Rubric four = ReportRubrics.ofDimensions(4);
    dev.centricity.core.Dimension d2 = four.dimensions().get(2);
    List<dev.centricity.core.Trait> weightless = new java.util.ArrayList<>();
    for (dev.centricity.core.Trait t : d2.traits()) {
      weightless.add(dev.centricity.core.Trait.builder().from(t).weight(0).build());
    }
    List<dev.centricity.core.Dimension> dims = new java.util.ArrayList<>(four.dimensions());
    dims.set(2, dev.centricity.core.Dimension.builder().from(d2).traits(weightless).build());
    Rubric rubric = Rubric.builder().from(four).dimensions(dims).build();
    java.util.Map<String, dev.centricity.core.Answer> answers = new java.util.LinkedHashMap<>();
    for (String id : List.of("d0.p", "d2.p", "d2.c", "d3.p", "d3.c")) {
      answers.put(id, dev.centricity.core.Answer.of(4));
    }
    Scorecard card =
        Scorer.of(rubric, dev.centricity.core.ScoringPolicy.custom().minCoverage(0.75).build())
            .score(dev.centricity.core.Response.builder().answers(answers).build());

    // WHEN rendered
    String page = HtmlReport.render(List.of(card), rubric);

    // THEN each absent dimension says its own reason
    assertThat(page)
        .contains("not counted: only 50 % of its trait weight answered, below the minimum of 75 %")
        .contains("not counted: not answered")
        .contains("not counted: all of its traits have weight 0");
    // AND only d3 is a point of the profile
    Matcher m = Pattern.compile("class=\"profile\" points=\"([^\"]*)\"").matcher(page);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1).split(" ")).hasSize(1);
  }

  @Test
  void should_give_each_dimension_its_index_and_band_in_a_table() {
    // GIVEN the sales talk's scorecard: nine dimensions, all counted
    // WHEN rendered (above) THEN the table has a row per dimension with its index and band
    for (dev.centricity.core.DimensionScore d : salesTalk.dimensions()) {
      String row =
          String.format(
              java.util.Locale.ROOT,
              "<td>%s</td><td class=\"num\">%+.3f</td><td>%s</td>",
              HtmlReport.esc(rubric.dimension(d.id()).orElseThrow().name()),
              d.index().getAsDouble(),
              HtmlReport.esc(d.band().orElseThrow()));
      assertThat(html).contains(row);
    }
  }

  @Test
  void should_draw_bars_instead_of_a_radar_below_three_dimensions() {
    // GIVEN two dimensions: d0 with (p, c) = (1, 1), d1 with (2, 4)
    Rubric two = ReportRubrics.ofDimensions(2);
    Scorecard card = ReportRubrics.scorecard(two, 2, -1);

    // WHEN rendered
    String page = HtmlReport.render(List.of(card), two);

    // THEN there is no radar but a bar per dimension, each drawn from 0 to its index
    assertThat(page).doesNotContain("class=\"radar\"");
    assertThat(page.split("class=\"dimension-bar\"", -1)).hasSize(3);
    // d1: a_p = ¼, a_c = ¾ → I = ¾ − ¼ = +0.5; the bar spans 492 px from x = 14: from 260 to 383
    assertThat(card.dimension("d1").orElseThrow().index().getAsDouble()).isEqualTo(0.5);
    assertThat(page).contains("<rect class=\"dimension-bar\" x=\"260.0\" y=\"7\" width=\"123.0\"");
  }

  @Test
  void should_never_cut_a_long_dimension_name() {
    // GIVEN a rubric whose second dimension has a 66-character name
    Rubric three = ReportRubrics.ofDimensions(3);
    // WHEN rendered THEN the whole name is on the page, and the radar numbers its axes instead
    String page = HtmlReport.render(List.of(ReportRubrics.scorecard(three, 3, -1)), three);
    assertThat(page).contains("<td>" + HtmlReport.esc(ReportRubrics.LONG_NAME) + "</td>");
    assertThat(page).doesNotContain("…");
  }

  @Test
  void should_show_control_characters_as_escapes() {
    // GIVEN a respondent name with an ESC sequence, a line break and a NUL
    Scorecard card =
        Scorer.of(rubric)
            .score(
                dev.centricity.core.Response.builder()
                    .from(SampleOrganisation.SALES_TALK.orientation())
                    .respondent("a\u001b[31mb\nc\u0000d")
                    .build());
    // WHEN rendered THEN none of them reaches the page raw
    String page = HtmlReport.render(List.of(card), rubric);
    assertThat(page).contains("a\\u001b[31mb\\u000ac\\u0000d").doesNotContain("\u001b");
    assertThat(page).doesNotContain("\u0000");
  }

  /**
   * Renders the page in headless Chromium and checks the screenshot is a real picture: many
   * colours, a good share of non-white pixels, and the blue of the radar profile. Without Chromium
   * it is skipped with a line in the build's output, and fails where CI is set ({@code .ci/run}
   * installs Chromium and sets CI).
   */
  @Test
  void should_render_in_a_real_browser(@TempDir Path dir) throws Exception {
    Optional<Path> chromium = Optional.of(Browsers.chromium("HtmlReportTest"));
    Path page = dir.resolve("report.html");
    Files.writeString(page, html);
    Path png = dir.resolve("report.png");
    Process p =
        new ProcessBuilder(
                chromium.get().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=1100,1600",
                "--screenshot=" + png,
                page.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1100);
    Set<Integer> colours = new HashSet<>();
    long nonWhite = 0;
    boolean profileBlue = false;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        if (rgb != 0xffffff) {
          nonWhite++;
        }
        profileBlue |= rgb == 0x1d4ed8;
      }
    }
    long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
    assertThat(colours).as("distinct colours").hasSizeGreaterThan(50);
    assertThat(nonWhite * 100 / sampled).as("percent of non-white pixels").isGreaterThan(5);
    assertThat(profileBlue).as("the radar's blue outline is drawn").isTrue();
    Path keep = Path.of("target", "report.png");
    Files.createDirectories(keep.getParent());
    Files.copy(png, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static Optional<Path> chromium() {
    for (String candidate :
        List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      Path p = Path.of(candidate);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
