package dev.centricity.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

  /**
   * Renders the page in headless Chromium and checks the screenshot is a real picture: many
   * colours, a good share of non-white pixels, and the blue of the radar profile. Skipped only
   * where no Chromium is installed ({@code .ci/run} installs it).
   */
  @Test
  void should_render_in_a_real_browser(@TempDir Path dir) throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "Chromium is not installed");
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
