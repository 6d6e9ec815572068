package dev.centricity.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Specifies the last guard on messages passed on from a parser: no Java class names. */
class ReadingTest {

  @Test
  void should_remove_java_class_names_when_a_parser_message_carries_them() {
    // GIVEN: the shape of a message Jackson gave for YAML '!!float x'
    String raw = "Malformed numeric value 'x: (java.lang.NumberFormatException) illegal syntax";

    // WHEN
    String words = Reading.withoutJavaNames(raw);

    // THEN
    assertThat(words).isEqualTo("Malformed numeric value 'x: illegal syntax");
  }

  @Test
  void should_keep_a_message_without_java_names_as_it_is() {
    // GIVEN
    String raw = "unknown key 'wieght'; the keys allowed here are: id, weight";

    // WHEN / THEN
    assertThat(Reading.withoutJavaNames(raw)).isEqualTo(raw);
  }
}
