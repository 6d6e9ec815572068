package dev.centricity.examples.hosts;

import dev.centricity.core.cohort.Estimate;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Formatting the hosts share: numbers, estimates and CSV fields. */
final class HostText {

  private HostText() {}

  /**
   * A number to a fixed number of decimals, or {@code "-"} when there is none.
   *
   * @param v the number
   * @param decimals digits after the point
   * @return the text
   */
  static String fixed(OptionalDouble v, int decimals) {
    return v.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f", v.getAsDouble()) : "-";
  }

  /**
   * An estimate as {@code 0.412 [0.301, 0.523]}, padded to 21 characters; {@code "-"} when absent.
   *
   * @param e the estimate
   * @return the padded text
   */
  static String estimate(Optional<Estimate> e) {
    String text =
        e.map(
                x ->
                    String.format(Locale.ROOT, "%.3f", x.mean())
                        + (x.lower().isPresent()
                            ? String.format(
                                Locale.ROOT,
                                " [%.3f, %.3f]",
                                x.lower().getAsDouble(),
                                x.upper().getAsDouble())
                            : ""))
            .orElse("-");
    return String.format(Locale.ROOT, "%-21s", text);
  }

  /**
   * Text without the spaces at the ends of its lines, which padded columns leave.
   *
   * @param text the text
   * @return the text, trimmed line by line
   */
  static String trimLines(String text) {
    return text.replaceAll("(?m) +$", "");
  }

  /**
   * A number in full: the shortest decimal that reads back as the same {@code double}, without an
   * exponent, so a downstream system gets the library's exact figure; empty when absent.
   *
   * @param v the number
   * @return the text
   */
  static String plain(OptionalDouble v) {
    return v.isPresent() ? plain(v.getAsDouble()) : "";
  }

  /**
   * A number in full, as {@link #plain(OptionalDouble)}.
   *
   * @param v the number
   * @return the text
   */
  static String plain(double v) {
    return BigDecimal.valueOf(v).toPlainString();
  }

  /**
   * A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
   *
   * @param s the field's text
   * @return the field
   */
  static String csvField(String s) {
    return s.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
        ? '"' + s.replace("\"", "\"\"") + '"'
        : s;
  }
}
