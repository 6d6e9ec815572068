package dev.centricity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Rubric;
import org.junit.jupiter.api.Test;

class ShownTextTest {

  @Test
  void should_escape_every_control_character_of_a_name() {
    // GIVEN a name with a line break, ESC, NUL and a right-to-left override (U+202E)
    String name = "a\nb\u001bc\u0000d\u202ee";
    // WHEN shown THEN each is a visible escape, and plain text is left alone
    assertThat(ShownText.of(name)).isEqualTo("a\\u000ab\\u001bc\\u0000d\\u202ee");
    assertThat(ShownText.of("Vertrieb Nord – Ü")).isEqualTo("Vertrieb Nord – Ü");
  }

  @Test
  void should_keep_the_line_breaks_of_a_report_and_escape_the_rest() {
    // GIVEN a report of two lines with a tab and an ESC in them
    // WHEN made safe THEN the line break stays and the others are escapes
    assertThat(ShownText.lines("one\ttwo\nthree\u001b[2J\n"))
        .isEqualTo("one\\u0009two\nthree\\u001b[2J\n");
  }

  @Test
  void should_keep_control_characters_of_a_rubric_out_of_the_text_report() {
    // GIVEN a rubric whose title and a dimension name hold escape sequences
    Rubric base = ReportRubrics.ofDimensions(3);
    Rubric rubric =
        Rubric.builder()
            .from(base)
            .title("Evil\u001b[2J title")
            .dimensions(
                java.util.List.of(
                    dev.centricity.core.Dimension.builder()
                        .from(base.dimensions().get(0))
                        .name("Focus\u0007bell")
                        .build(),
                    base.dimensions().get(1),
                    base.dimensions().get(2)))
            .build();
    // WHEN a scorecard is shown as text
    String text = TextReport.render(ReportRubrics.scorecard(rubric, 3, -1), rubric);
    // THEN no control character but the line breaks reaches the terminal
    assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(text).contains("Evil\\u001b[2J title").contains("Focus\\u0007bell");
  }
}
