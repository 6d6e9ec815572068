package dev.centricity.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

/**
 * The summary writer escapes text exactly as the library's Jackson generator does, so a summary
 * holds the same strings, character for character, as the full form.
 */
class SummaryJsonProperties {

  private static String summary(String s) {
    StringBuilder out = new StringBuilder();
    SummaryJson.string(out, s);
    return out.toString();
  }

  private static String jackson(String s) {
    return JsonSupport.json().writeValueAsString(s);
  }

  /** Any text, weighted towards what needs escaping: controls, quotes, backslashes, non-ASCII. */
  @Property(tries = 500)
  void escapes_as_the_generator_does(
      @ForAll
          @Chars({'"', '\\', '/', '\u007f', '\u2028', '\ud800', '\udc00', 'é'})
          @CharRange(from = '\u0000', to = '\u0020')
          @CharRange(from = 'a', to = 'c')
          String s) {
    assertThat(summary(s)).isEqualTo(jackson(s));
  }

  @Property(tries = 200)
  void escapes_any_text_as_the_generator_does(@ForAll String s) {
    assertThat(summary(s)).isEqualTo(jackson(s));
  }

  @Example
  void escapes_every_control_character_and_nothing_else_of_ascii() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      all.append(c);
    }
    // control characters: b t n f r short, the rest as u00XX in hex; quote and backslash escaped;
    // slash and DEL as they are
    assertThat(summary(all.toString())).isEqualTo(jackson(all.toString()));
    assertThat(summary("a/b\u007f")).isEqualTo("\"a/b\u007f\"");
    assertThat(summary("\u0001\n\"\\")).isEqualTo("\"\\u0001\\n\\\"\\\\\"");
  }
}
