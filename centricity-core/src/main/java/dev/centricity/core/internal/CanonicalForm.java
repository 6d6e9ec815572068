package dev.centricity.core.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.Band;
import dev.centricity.core.Contrast;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Reference;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.WorkedExample;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A rubric's canonical form and content hash, written here by hand so that no library upgrade can
 * change them: JSON with no white space, each object's properties in the order of {@link
 * String#compareTo} (map keys too), absent values left out, empty lists written as {@code []},
 * numbers as {@link Double#toString(double)} writes them (answers in worked examples as whole
 * numbers), strings with {@code "} and {@code \} escaped, {@code \b \t \n \f \r} as such, other
 * characters below U+0020 as {@code \}{@code u00XX} (upper-case hex) and everything else as it is,
 * encoded in UTF-8. The properties of each type are listed in docs/model.md ("Identity").
 *
 * <p>The hash is computed as the text is written, a few kilobytes at a time, so a rubric of any
 * size is hashed without holding its canonical text whole (a rubric of 100,000 traits has a
 * canonical text of tens of megabytes).
 *
 * <p>Stateless and thread-safe.
 */
public final class CanonicalForm {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** How many characters are written before they are passed on to the digest. */
  static final int CHUNK = 8_192;

  private final StringBuilder out = new StringBuilder(CHUNK + 1_024);
  private final MessageDigest digest;

  private CanonicalForm(MessageDigest digest) {
    this.digest = digest;
  }

  /**
   * The SHA-256 of a rubric's canonical form.
   *
   * @param rubric the rubric
   * @return 64 lower-case hex digits
   */
  public static String hash(Rubric rubric) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
    CanonicalForm w = new CanonicalForm(sha256);
    w.rubric(rubric);
    w.flush(true);
    return HexFormat.of().formatHex(sha256.digest());
  }

  /**
   * A rubric's canonical form.
   *
   * @param rubric the rubric
   * @return its canonical JSON text
   */
  public static String of(Rubric rubric) {
    CanonicalForm w = new CanonicalForm(null);
    w.rubric(rubric);
    return w.out.toString();
  }

  /**
   * Passes the text written so far to the digest, when hashing. The UTF-8 bytes of the pieces are
   * those of the whole text, because a piece never ends between the two halves of a surrogate pair.
   */
  private void flush(boolean all) {
    int n = out.length();
    if (digest == null || n == 0 || (!all && n < CHUNK)) {
      return;
    }
    if (!all && Character.isHighSurrogate(out.charAt(n - 1))) {
      n--;
    }
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(out, 0, n));
    digest.update(bytes);
    out.delete(0, n);
  }

  private void rubric(Rubric r) {
    Obj o = new Obj();
    o.list("bands", r.bands(), this::band);
    o.text("description", r.description());
    o.list("dimensions", r.dimensions(), this::dimension);
    o.list("examples", r.examples(), this::example);
    o.text("id", r.id());
    o.map("metadata", r.metadata());
    o.list("poles", r.poles(), this::pole);
    o.name("policy");
    policy(r.policy());
    o.list("references", r.references(), this::reference);
    o.list("scales", r.scales(), this::scale);
    o.number("strengthThreshold", r.strengthThreshold());
    o.text("title", r.title());
    o.text("version", r.version());
    o.end();
  }

  private void band(Band b) {
    Obj o = new Obj();
    o.number("from", b.from());
    o.text("label", b.label());
    o.number("to", b.to());
    o.end();
  }

  private void dimension(Dimension d) {
    Obj o = new Obj();
    o.text("description", d.description());
    o.text("id", d.id());
    o.text("name", d.name());
    o.list("traits", d.traits(), this::trait);
    o.number("weight", d.weight());
    o.end();
  }

  private void trait(Trait t) {
    Obj o = new Obj();
    if (!t.actionable()) {
      o.name("actionable");
      out.append("false");
    }
    if (t.contrast().isPresent()) {
      o.name("contrast");
      contrast(t.contrast().get());
    }
    o.text("id", t.id());
    o.text("keyed", t.keyed());
    o.text("scale", t.scale());
    o.list("sources", t.sources(), this::source);
    o.text("statement", t.statement());
    o.number("weight", t.weight());
    o.end();
  }

  private void contrast(Contrast c) {
    Obj o = new Obj();
    o.text("from", c.from());
    o.text("to", c.to());
    o.end();
  }

  private void source(Source s) {
    Obj o = new Obj();
    o.text("article", s.article());
    o.list("claims", s.claims(), this::string);
    o.end();
  }

  private void pole(Pole p) {
    Obj o = new Obj();
    o.text("description", p.description());
    o.text("id", p.id());
    o.text("label", p.label());
    o.end();
  }

  private void policy(ScoringPolicy p) {
    Obj o = new Obj();
    o.number("minCoverage", p.minCoverage());
    o.text("missing", p.missing().name().toLowerCase(Locale.ROOT));
    o.text("unknownTraits", p.unknownTraits().name().toLowerCase(Locale.ROOT));
    o.end();
  }

  private void reference(Reference r) {
    Obj o = new Obj();
    o.list("claims", r.claims(), this::claim);
    o.text("id", r.id());
    o.text("publisher", r.publisher());
    o.text("title", r.title());
    o.end();
  }

  private void claim(Reference.Claim c) {
    Obj o = new Obj();
    o.text("id", c.id());
    o.text("summary", c.summary());
    o.end();
  }

  private void scale(Scale s) {
    Obj o = new Obj();
    o.text("id", s.id());
    o.list("points", s.points(), this::string);
    o.end();
  }

  private void example(WorkedExample e) {
    Obj o = new Obj();
    o.name("answers");
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Answer> a : new TreeMap<>(e.answers()).entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(a.getKey());
      out.append(':');
      answer(a.getValue());
    }
    out.append('}');
    o.text("description", e.description());
    o.name("expect");
    expectation(e.expect());
    o.text("name", e.name());
    o.end();
  }

  private void answer(Answer a) {
    if (a == null || !(a.isGiven() || a.isNotApplicable())) {
      out.append("null");
    } else if (a.isGiven()) {
      out.append(a.pointValue());
    } else {
      string(Answer.NOT_APPLICABLE_TEXT);
    }
  }

  private void expectation(WorkedExample.Expectation x) {
    Obj o = new Obj();
    o.text("band", x.band());
    o.number("index", x.index());
    o.text("leadingPole", x.leadingPole());
    o.end();
  }

  private void string(String s) {
    flush(false);
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** One object being written: commas between properties, which must come in canonical order. */
  private final class Obj {
    private boolean first = true;

    Obj() {
      out.append('{');
    }

    void name(String name) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(name);
      out.append(':');
    }

    void text(String name, String value) {
      name(name);
      string(value);
    }

    void text(String name, Optional<String> value) {
      if (value.isPresent()) {
        text(name, value.get());
      }
    }

    void number(String name, double value) {
      name(name);
      out.append(Double.toString(value));
    }

    void number(String name, OptionalDouble value) {
      if (value.isPresent()) {
        number(name, value.getAsDouble());
      }
    }

    <T> void list(String name, List<T> items, java.util.function.Consumer<T> item) {
      name(name);
      out.append('[');
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        item.accept(items.get(i));
      }
      out.append(']');
    }

    void map(String name, Map<String, String> map) {
      name(name);
      out.append('{');
      boolean firstEntry = true;
      for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
        if (!firstEntry) {
          out.append(',');
        }
        firstEntry = false;
        string(e.getKey());
        out.append(':');
        string(e.getValue());
      }
      out.append('}');
    }

    void end() {
      out.append('}');
    }
  }
}
