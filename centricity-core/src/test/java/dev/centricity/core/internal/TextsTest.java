package dev.centricity.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void should_keep_a_text_within_the_limit_as_it_is() {
    assertThat(Texts.abbreviate("exactly10!", 10)).isEqualTo("exactly10!");
  }

  @Test
  void should_cut_a_longer_text_to_the_limit_with_three_dots() {
    // 11 characters, limit 10: the first 7 and "..."
    assertThat(Texts.abbreviate("abcdefghijk", 10)).isEqualTo("abcdefg...");
  }

  @Test
  void should_never_cut_a_surrogate_pair_in_two() {
    // GIVEN "abcdef" then U+1F600 (two chars) then more: the cut at 7 would split the pair
    String s = "abcdef\uD83D\uDE00xyz";
    // THEN the pair is dropped whole and the result is 6 characters and "..."
    assertThat(Texts.abbreviate(s, 10)).isEqualTo("abcdef...");
  }
}
