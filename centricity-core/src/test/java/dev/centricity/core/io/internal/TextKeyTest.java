package dev.centricity.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The normal form in which headers, labels and missing words are compared. */
class TextKeyTest {

  @Test
  void should_fold_case_and_collapse_white_space() {
    // GIVEN a statement with capitals, a no-break space, a tab and a line break
    String text = "  We LISTEN\u00a0to\t\ncustomers.  ";
    // WHEN / THEN every run of white space is one space, trimmed, and the case is folded
    assertThat(TextKey.of(text)).isEqualTo("we listen to customers.");
  }

  @Test
  void should_apply_NFKC_and_fold_sharp_s() {
    // GIVEN a full-width digit, a ligature and a German sharp s in capitals and small
    // WHEN / THEN NFKC makes "３" 3 and "ﬁ" fi; folding makes ß and SS meet as "ss"
    assertThat(TextKey.of("\uFF13")).isEqualTo("3");
    assertThat(TextKey.of("\uFB01nal")).isEqualTo("final");
    assertThat(TextKey.of("Weiß nicht"))
        .isEqualTo(TextKey.of("WEISS NICHT"))
        .isEqualTo("weiss nicht");
  }

  @Test
  void should_remove_a_leading_question_number() {
    assertThat(TextKey.of("Q12. We listen")).isEqualTo("we listen");
    assertThat(TextKey.of("12) We listen")).isEqualTo("we listen");
    assertThat(TextKey.of("q3_2: We listen")).isEqualTo("we listen");
    assertThat(TextKey.of("Q7 We listen")).isEqualTo("we listen");
    assertThat(TextKey.of("4.1. We listen")).isEqualTo("we listen");
  }

  @Test
  void should_keep_a_number_that_is_the_whole_text_or_starts_a_sentence() {
    // a cell "4." or "12)" is all number: nothing is left to be the text, so it is kept
    assertThat(TextKey.of("4.")).isEqualTo("4.");
    assertThat(TextKey.of("Q12.")).isEqualTo("q12.");
    // "3 teams" does not end its number with . ) : or a dash, and has no Q: it is text
    assertThat(TextKey.of("3 teams meet weekly")).isEqualTo("3 teams meet weekly");
  }

  @Test
  void should_remove_surrounding_quotes_and_brackets_but_not_inner_ones() {
    assertThat(TextKey.of("\"We listen.\"")).isEqualTo("we listen.");
    assertThat(TextKey.of("„Wir hören zu.“")).isEqualTo("wir hören zu.");
    assertThat(TextKey.of("«Nous écoutons.»")).isEqualTo("nous écoutons.");
    assertThat(TextKey.of("[Q3. We listen]")).isEqualTo("we listen");
    // the brackets do not surround the whole text: "(a) or (b)" stays as it is
    assertThat(TextKey.of("(a) or (b)")).isEqualTo("(a) or (b)");
  }

  @Test
  void should_make_typographic_apostrophes_plain() {
    assertThat(TextKey.of("Don\u2019t know")).isEqualTo("don't know");
  }
}
