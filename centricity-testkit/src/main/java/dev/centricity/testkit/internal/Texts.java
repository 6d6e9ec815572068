package dev.centricity.testkit.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The strings the generators put in rubrics: ids, versions and free text. Not API: use {@link
 * dev.centricity.testkit.Rubrics#ids()}.
 */
public final class Texts {

  /**
   * Valid ids that a YAML or JSON writer could mistake for something else: YAML 1.1 and 1.2
   * booleans, nulls, numbers in every notation, times and dates, and ids using every allowed
   * punctuation mark.
   */
  private static final String[] TRICKY_IDS = {
    "true",
    "false",
    "null",
    "Null",
    "NULL",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "Y",
    "N",
    "TRUE",
    "1",
    "0",
    "01",
    "007",
    "10",
    "1.0",
    "1.",
    "1.50",
    "0.10",
    "100.",
    "1e3",
    "1E5",
    "1E-3",
    "1.0e1",
    "0e0",
    "0x1F",
    "0o17",
    "0b101",
    "1_000",
    "NaN",
    "nan",
    "Infinity",
    "inf",
    "12:30",
    "12:30:00",
    "1:2:3",
    "190:20:30",
    "2001-12-14",
    "2001-12-14t21:59:43.10-05:00",
    "a:b",
    "a.b",
    "a_b",
    "a-b",
    "0.1.2",
    "x:",
    "a..b",
    "e",
    "E5",
    "9-9"
  };

  private Texts() {}

  /** Ids that match {@code [A-Za-z0-9][A-Za-z0-9._:-]*}: tricky literals or random ones. */
  public static Arbitrary<String> ids() {
    Arbitrary<Character> first =
        Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9');
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars("._:-")
            .ofMaxLength(11);
    Arbitrary<String> random = Combinators.combine(first, rest).as((c, r) -> c + r);
    return Arbitraries.oneOf(random, Arbitraries.of(TRICKY_IDS));
  }

  /**
   * Optional id hints: empty (a readable id is used) nine times in ten, unless {@code
   * readableOnly}.
   */
  public static Arbitrary<Optional<String>> idHints(boolean readableOnly) {
    return readableOnly ? Arbitraries.just(Optional.empty()) : ids().optional(0.1);
  }

  /**
   * Non-blank text of up to 41 characters, starting with a letter, with spaces, punctuation that
   * YAML treats specially, line breaks, tabs and letters outside ASCII.
   */
  public static Arbitrary<String> text() {
    Arbitrary<Character> first = Arbitraries.chars().range('A', 'Z').range('a', 'z');
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars(" ,.;:!?'\"#&*|>-%@`{}[]()/\\~=+<\n\téßüЖ中→—")
            .ofMaxLength(40);
    return Combinators.combine(first, rest).as((c, r) -> c + r);
  }

  /** Optional free text: empty (plain) most of the time, never present when {@code plain}. */
  public static Arbitrary<Optional<String>> textHints(boolean plain) {
    return plain ? Arbitraries.just(Optional.empty()) : text().optional(0.3);
  }

  /** Semantic versions such as {@code 1.0.0}, {@code 2.13.4-rc.1} or {@code 0.3.0+build.5}. */
  public static Arbitrary<String> versions() {
    Arbitrary<String> preRelease =
        Arbitraries.of("alpha", "beta.2", "rc.1", "0.3.7", "x-y-z", "1e3")
            .optional(0.2)
            .map(p -> p.map(s -> "-" + s).orElse(""));
    Arbitrary<String> build =
        Arbitraries.of("build.5", "001", "sha.5114f85")
            .optional(0.1)
            .map(b -> b.map(s -> "+" + s).orElse(""));
    return Combinators.combine(
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 20),
            preRelease,
            build)
        .as((major, minor, patch, pre, b) -> major + "." + minor + "." + patch + pre + b);
  }

  /** Hands out unique ids: the hint or the readable default, suffixed with -2, -3, … when taken. */
  public static final class Registry {
    private final Set<String> used = new HashSet<>();

    /**
     * Claims a unique id.
     *
     * @param hint the id wanted, if any
     * @param readable the id used without a hint
     * @return the hint or the readable id, suffixed with -2, -3, … if taken
     */
    public String claim(Optional<String> hint, String readable) {
      String base = hint.orElse(readable);
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "-" + n;
      }
      return id;
    }
  }

  /** A weighted choice between a fixed value and an arbitrary, for readability at call sites. */
  public static <T> Arbitrary<T> mostly(
      T usual, int usualWeight, Arbitrary<T> other, int otherWeight) {
    return Arbitraries.frequencyOf(
        Tuple.of(usualWeight, Arbitraries.just(usual)), Tuple.of(otherWeight, other));
  }
}
