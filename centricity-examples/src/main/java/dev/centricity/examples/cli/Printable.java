package dev.centricity.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Text taken from a file, made safe to print: control characters shown as escapes. */
final class Printable {

  private Printable() {}

  /**
   * Escapes control characters (line breaks, escape sequences, bidirectional marks included) as
   * {@code \\uXXXX}, so that no input can forge a line of a report or reach the terminal raw.
   *
   * @param text the text
   * @return the text with its control characters escaped
   */
  static String safe(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      escape(b, text.charAt(i), false);
    }
    return b.toString();
  }

  private static void escape(StringBuilder b, char c, boolean keepLineEnds) {
    if (keepLineEnds && (c == '\n' || c == '\r')) {
      b.append(c);
    } else if (Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || c == '\u2028'
        || c == '\u2029') {
      b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
    } else {
      b.append(c);
    }
  }

  /**
   * A writer for the terminal's standard error: every control character but the line ends ({@code
   * \n}, and {@code \r}, which progress lines use) is escaped as in {@link #safe}, so that what a
   * command writes there can carry no escape sequence or NUL from a file, whichever way it was put
   * together.
   *
   * @param out the writer written to
   * @return the escaping writer
   */
  static Writer terminal(Writer out) {
    return new FilterWriter(out) {
      @Override
      public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
      }

      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len), 0, len);
      }

      @Override
      public void write(String str, int off, int len) throws IOException {
        StringBuilder b = new StringBuilder(len);
        for (int i = off; i < off + len; i++) {
          escape(b, str.charAt(i), true);
        }
        out.write(b.toString());
      }
    };
  }
}
