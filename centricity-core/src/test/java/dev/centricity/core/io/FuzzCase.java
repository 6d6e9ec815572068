package dev.centricity.core.io;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Trait;
import dev.centricity.core.io.FuzzSeeds.Seed;
import dev.centricity.core.io.Mutations.ByteMutation;
import dev.centricity.core.io.Mutations.Kind;
import dev.centricity.core.io.Mutations.Slot;
import dev.centricity.core.io.Mutations.TreeMutation;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.io.internal.Reading.Syntax;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import tools.jackson.databind.JsonNode;

/**
 * One fuzz input: a seed, the syntax it is written and read in, the structure-level mutations
 * applied to its tree (after which the tree is written again in that syntax), then the byte-level
 * mutations applied to its UTF-8 bytes.
 *
 * <p>Its {@link #toString()} is what jqwik prints as the counterexample; {@link #describe()} adds
 * the document itself as a Java expression that can be pasted into a regression test.
 *
 * <p>Text is turned into bytes and back with the generalised UTF-8 that also encodes lone
 * surrogates (WTF-8), so that a lone surrogate made by a structure-level mutation reaches the
 * {@code String} readers as it is and the byte readers as an invalid sequence; a byte sequence that
 * is not UTF-8 reaches the {@code String} readers as U+FFFD.
 */
final class FuzzCase {

  private final Seed seed;
  private final Syntax syntax;
  private final List<TreeMutation> treeMutations;
  private final List<ByteMutation> byteMutations;
  private final int answers;
  private byte[] bytes;
  private String text;
  private boolean writtenAsJson;

  FuzzCase(
      Seed seed,
      Syntax syntax,
      List<TreeMutation> treeMutations,
      List<ByteMutation> byteMutations,
      int answers) {
    this.seed = seed;
    this.syntax = syntax;
    this.treeMutations = List.copyOf(treeMutations);
    this.byteMutations = List.copyOf(byteMutations);
    this.answers = answers;
  }

  /**
   * Cases over the given seeds and syntaxes: about four in ten with exactly one structure-level
   * mutation, four in ten with exactly one byte-level mutation, the rest with up to three of each
   * (sometimes none, which checks that the seeds themselves load).
   */
  static Arbitrary<FuzzCase> arbitrary(List<Seed> seeds, List<Syntax> syntaxes) {
    TreeSet<String> keys = new TreeSet<>();
    List<Tuple2<Integer, Seed>> weighted = new ArrayList<>();
    for (Seed s : seeds) {
      Mutations.slots(s.tree()).stream().filter(Slot::inObject).forEach(x -> keys.add(x.name()));
      weighted.add(Tuple.of(s.weight(), s));
    }
    Arbitrary<TreeMutation> tree = Mutations.treeMutations(List.copyOf(keys));
    Arbitrary<ByteMutation> bytes = Mutations.byteMutations();
    Arbitrary<Tuple2<List<TreeMutation>, List<ByteMutation>>> mutations =
        Arbitraries.frequencyOf(
            Tuple.of(8, tree.map(m -> Tuple.of(List.of(m), List.<ByteMutation>of()))),
            Tuple.of(8, bytes.map(m -> Tuple.of(List.<TreeMutation>of(), List.of(m)))),
            Tuple.of(
                5,
                Combinators.combine(tree.list().ofMaxSize(3), bytes.list().ofMaxSize(3))
                    .as(Tuple::of)));
    return Combinators.combine(
            Arbitraries.frequency(weighted),
            Arbitraries.of(syntaxes),
            mutations,
            Arbitraries.integers().between(0, 10_000))
        .as((s, x, m, a) -> new FuzzCase(s, x, m.get1(), m.get2(), a));
  }

  Seed seed() {
    return seed;
  }

  Syntax syntax() {
    return syntax;
  }

  /** The kinds of all mutations of this case, structure-level first. */
  List<Kind> kinds() {
    List<Kind> kinds = new ArrayList<>();
    treeMutations.forEach(m -> kinds.add(m.kind()));
    byteMutations.forEach(m -> kinds.add(m.kind()));
    return kinds;
  }

  /** The document's bytes, which may not be UTF-8. */
  byte[] bytes() {
    document();
    return bytes.clone();
  }

  /** The document as the {@code String} readers get it. */
  String text() {
    document();
    return text;
  }

  private void document() {
    if (bytes != null) {
      return;
    }
    String written = seed.text(syntax);
    if (!treeMutations.isEmpty()) {
      JsonNode root = seed.tree().deepCopy();
      for (TreeMutation m : treeMutations) {
        root = m.apply(root);
      }
      written = write(root);
    }
    byte[] b = encode(written);
    for (ByteMutation m : byteMutations) {
      b = m.apply(b);
    }
    bytes = b;
    text = decode(b);
  }

  private String write(JsonNode root) {
    if (syntax == Syntax.YAML) {
      try {
        return JsonSupport.yaml().writeValueAsString(root);
      } catch (RuntimeException e) {
        // Some trees (lone surrogates, say) cannot be written as YAML; JSON is YAML as well.
        writtenAsJson = true;
      }
    }
    return JsonSupport.prettyJson().writeValueAsString(root) + "\n";
  }

  /**
   * A response to a rubric that this case's answer pattern makes: each trait gets a point of its
   * scale or {@code n/a}.
   */
  Response responseTo(Rubric rubric) {
    Map<String, Answer> map = new LinkedHashMap<>();
    List<Trait> traits = rubric.allTraits();
    for (int i = 0; i < traits.size(); i++) {
      Trait t = traits.get(i);
      int points = rubric.scale(t.scale()).map(s -> s.size()).orElse(2);
      int p = Math.floorMod(answers * 31 + i * 17, points + 1);
      map.put(t.id(), p == 0 ? Answer.notApplicable() : Answer.of(p));
    }
    return Response.builder().answers(map).build();
  }

  @Override
  public String toString() {
    List<Object> all = new ArrayList<>(treeMutations);
    all.addAll(byteMutations);
    return String.format(
        Locale.ROOT, "%s as %s, answers %d, mutations %s", seed, syntax, answers, all);
  }

  /** The case and its document, as a Java expression for a regression test. */
  String describe() {
    String doc = text();
    return String.format(
        Locale.ROOT,
        "%s%n%s document of %d characters%s:%n%s",
        this,
        syntax,
        doc.length(),
        writtenAsJson ? " (the YAML writer refused the tree, so it is written as JSON)" : "",
        javaExpression(doc, 40_000));
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /** Encodes text as UTF-8, lone surrogates included (as the three bytes of their code point). */
  static byte[] encode(String s) {
    if (!hasLoneSurrogate(s)) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
    s.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x80) {
                out.write(cp);
              } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
              } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
              } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
              }
            });
    return out.toByteArray();
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decodes UTF-8 leniently: an encoded surrogate becomes that lone surrogate, every other byte
   * that does not start a well-formed sequence becomes U+FFFD.
   */
  static String decode(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      // not UTF-8: decode it by hand below
    }
    StringBuilder sb = new StringBuilder(b.length);
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        sb.append((char) c);
        i++;
        continue;
      }
      int more;
      int cp;
      if (c >= 0xC2 && c <= 0xDF) {
        more = 1;
        cp = c & 0x1F;
      } else if (c >= 0xE0 && c <= 0xEF) {
        more = 2;
        cp = c & 0x0F;
      } else if (c >= 0xF0 && c <= 0xF4) {
        more = 3;
        cp = c & 0x07;
      } else {
        sb.append('\uFFFD');
        i++;
        continue;
      }
      boolean ok = i + more < b.length;
      for (int k = 1; ok && k <= more; k++) {
        int next = b[i + k] & 0xFF;
        ok = (next & 0xC0) == 0x80;
        cp = cp << 6 | next & 0x3F;
      }
      ok &= more != 2 || cp >= 0x800;
      ok &= more != 3 || cp >= 0x10000 && cp <= 0x10FFFF;
      if (ok) {
        sb.appendCodePoint(cp);
        i += more + 1;
      } else {
        sb.append('\uFFFD');
        i++;
      }
    }
    return sb.toString();
  }

  /** Text as the inside of a Java string literal, cut after {@code max} characters. */
  static String escape(String s, int max) {
    StringBuilder sb = new StringBuilder();
    int n = Math.min(s.length(), max);
    for (int i = 0; i < n; i++) {
      escape(s.charAt(i), sb);
    }
    if (s.length() > max) {
      sb.append("...(").append(s.length() - max).append(" more characters)");
    }
    return sb.toString();
  }

  private static void escape(char c, StringBuilder sb) {
    switch (c) {
      case '\n' -> sb.append("\\n");
      case '\t' -> sb.append("\\t");
      case '\r' -> sb.append("\\r");
      case '"' -> sb.append("\\\"");
      case '\\' -> sb.append("\\\\");
      default -> {
        if (c >= 0x20 && c < 0x7F) {
          sb.append(c);
        } else {
          sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        }
      }
    }
  }

  /**
   * Text as a Java expression: string literals split at line ends, with runs of a unit of one to
   * four characters repeated to 40 or more characters written as {@code "unit".repeat(n)}, and the
   * whole cut after {@code max} characters.
   */
  static String javaExpression(String s, int max) {
    StringBuilder out = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    int shown = 0;
    while (i < s.length() && shown < max) {
      int bestUnit = 0;
      int bestCount = 0;
      for (int unit = 1; unit <= 4 && i + unit <= s.length(); unit++) {
        int count = 1;
        while (i + (count + 1) * unit <= s.length()
            && s.regionMatches(i, s, i + count * unit, unit)) {
          count++;
        }
        if (count * unit >= 40 && count * unit > bestCount * bestUnit) {
          bestUnit = unit;
          bestCount = count;
        }
      }
      if (bestUnit > 0) {
        flush(literal, out);
        out.append(out.length() == 0 ? "" : "\n    + ")
            .append('"')
            .append(escape(s.substring(i, i + bestUnit), bestUnit))
            .append("\".repeat(")
            .append(bestCount)
            .append(')');
        i += bestUnit * bestCount;
        shown += 40;
        continue;
      }
      char c = s.charAt(i++);
      shown++;
      escape(c, literal);
      if (c == '\n') {
        flush(literal, out);
      }
    }
    flush(literal, out);
    if (i < s.length()) {
      out.append("\n    + \"...\" /* ").append(s.length() - i).append(" more characters */");
    }
    return out.length() == 0 ? "\"\"" : out.toString();
  }

  private static void flush(StringBuilder literal, StringBuilder out) {
    if (literal.length() > 0) {
      out.append(out.length() == 0 ? "" : "\n    + ").append('"').append(literal).append('"');
      literal.setLength(0);
    }
  }
}
