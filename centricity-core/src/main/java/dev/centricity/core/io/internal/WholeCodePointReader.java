package dev.centricity.core.io.internal;

import java.io.Reader;

/**
 * Reads a string without ever ending a read between the two halves of a surrogate pair.
 *
 * <p>snakeyaml-engine's {@code StreamReader} fails with an {@code IndexOutOfBoundsException} when a
 * read it asks for ends on a high surrogate (for example an emoji at index 1024 of the document);
 * handing it reads that end on whole code points avoids that path. Not thread-safe; one per parse.
 */
final class WholeCodePointReader extends Reader {

  private final String text;
  private int position;

  WholeCodePointReader(String text) {
    this.text = text;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int remaining = text.length() - position;
    if (remaining <= 0) {
      return -1;
    }
    int n = Math.min(length, remaining);
    if (n > 1 && n < remaining && Character.isHighSurrogate(text.charAt(position + n - 1))) {
      n--;
    }
    text.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  @Override
  public void close() {
    position = text.length();
  }
}
