package dev.centricity.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The strict UTF-8 reader: exact text across buffer boundaries, errors only where they are. */
class Utf8ReaderTest {

  /** A stream that hands out at most three bytes per read, splitting multi-byte characters. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 3));
      }
    };
  }

  private static String readAll(Utf8Reader reader, int chunk) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[chunk];
    int n;
    while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }

  @Test
  void should_decode_multi_byte_characters_split_across_reads() throws IOException {
    // GIVEN 40,000 characters of one, two, three and four bytes (é, Ω, €, 𝄞)
    String text = "aé Ω€𝄞\n".repeat(5_000);
    // WHEN read in chunks of 7 characters from a stream that gives 3 bytes at a time
    String read = readAll(new Utf8Reader(trickle(text.getBytes(StandardCharsets.UTF_8))), 7);
    // THEN
    assertThat(read).isEqualTo(text);
  }

  @Test
  void should_return_the_text_before_a_malformed_byte_then_fail() throws IOException {
    // GIVEN "ok\n" and then a lone 0xFF
    byte[] bytes = {'o', 'k', '\n', (byte) 0xFF, 'x'};
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes));
    char[] buffer = new char[100];
    // WHEN / THEN the good text first, the error on the next read
    assertThat(reader.read(buffer, 0, 100)).isEqualTo(3);
    assertThat(new String(buffer, 0, 3)).isEqualTo("ok\n");
    assertThatThrownBy(() -> reader.read(buffer, 0, 100))
        .isInstanceOf(MalformedInputException.class);
  }

  @Test
  void should_fail_on_a_truncated_character_at_the_end() {
    // GIVEN the first two of the three bytes of €
    byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes));
    // WHEN / THEN
    assertThatThrownBy(() -> readAll(reader, 10)).isInstanceOf(MalformedInputException.class);
  }
}
