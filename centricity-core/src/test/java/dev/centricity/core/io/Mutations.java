package dev.centricity.core.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mutations of the fuzz properties, as values that jqwik generates and shrinks: each mutation
 * is a small record whose numbers say where it applies, so a counterexample reads as "flip bit 7 of
 * byte 1234" or "replace node 17 with the text NaN" and shrinks towards the start of the document,
 * shorter runs and simpler replacements.
 *
 * <p>Positions are taken modulo the size of what they index (bytes of the document, nodes of the
 * tree), so any generated number is valid for any document and the same mutation means the same
 * thing when it is replayed on the same seed.
 *
 * <ul>
 *   <li>{@link ByteMutation Byte-level} mutations work on the UTF-8 bytes of a document: flip a
 *       bit, insert random bytes, delete or duplicate a run, truncate, insert valid UTF-8 text from
 *       all planes, invalid UTF-8 sequences, control characters, a byte order mark, or a token from
 *       a dictionary of YAML and JSON syntax and number spellings ({@code NaN}, {@code .inf},
 *       {@code 1e999}, anchors, tags, document markers...).
 *   <li>{@link TreeMutation Structure-level} mutations work on the document parsed to a Jackson
 *       tree: delete a node, duplicate it, graft a copy of one subtree over another, replace a
 *       value by one of another type (see {@link Replacement}), replace every value of one key,
 *       rename a key, swap two list elements or two values of a map, and nest a value deeper inside
 *       lists or maps.
 * </ul>
 */
final class Mutations {

  private Mutations() {}

  /** What a mutation does, byte-level kinds first; the fuzz statistics count outcomes by kind. */
  enum Kind {
    FLIP_BIT,
    INSERT_RANDOM_BYTES,
    DELETE_RUN,
    DUPLICATE_RUN,
    TRUNCATE,
    INSERT_UTF8,
    INSERT_INVALID_UTF8,
    INSERT_CONTROL,
    INSERT_BOM,
    INSERT_TOKEN,
    DELETE_NODE,
    DUPLICATE_NODE,
    GRAFT_SUBTREE,
    REPLACE_VALUE,
    REPLACE_BY_KEY,
    RENAME_KEY,
    SWAP_SIBLINGS,
    NEST_DEEPER
  }

  // ---------------------------------------------------------------------------------------------
  // Byte level

  /** A change to the bytes of a document. */
  sealed interface ByteMutation {
    Kind kind();

    /** The mutated bytes; the argument is not changed. */
    byte[] apply(byte[] document);
  }

  /** Flips one bit of one byte. */
  record FlipBit(int at, int bit) implements ByteMutation {
    @Override
    public Kind kind() {
      return Kind.FLIP_BIT;
    }

    @Override
    public byte[] apply(byte[] d) {
      if (d.length == 0) {
        return d;
      }
      byte[] out = d.clone();
      int i = Math.floorMod(at, d.length);
      out[i] = (byte) (out[i] ^ (1 << bit));
      return out;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "flip bit %d of byte %d", bit, at);
    }
  }

  /** Inserts arbitrary bytes. */
  record InsertRandomBytes(int at, byte[] bytes) implements ByteMutation {
    @Override
    public Kind kind() {
      return Kind.INSERT_RANDOM_BYTES;
    }

    @Override
    public byte[] apply(byte[] d) {
      return insert(d, at, bytes);
    }

    @Override
    public String toString() {
      return "insert bytes " + hex(bytes) + " at " + at;
    }
  }

  /** Inserts text, encoded as UTF-8: valid text, control characters, a BOM or a token. */
  record InsertText(Kind kind, int at, String text) implements ByteMutation {
    @Override
    public byte[] apply(byte[] d) {
      return insert(d, at, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%s \"%s\" at %d", name(kind), FuzzCase.escape(text, 200), at);
    }
  }

  /** A byte sequence that is not UTF-8. */
  enum InvalidUtf8 {
    CONTINUATION_BYTE(0x80),
    LONE_LEAD_BYTE(0xC3),
    OVERLONG_SLASH(0xC0, 0xAF),
    OVERLONG_NUL(0xC0, 0x80),
    ENCODED_HIGH_SURROGATE(0xED, 0xA0, 0x80),
    ENCODED_LOW_SURROGATE(0xED, 0xB0, 0x80),
    TRUNCATED_EURO_SIGN(0xE2, 0x82),
    BEYOND_U10FFFF(0xF4, 0x90, 0x80, 0x80),
    BYTE_FE(0xFE),
    BYTE_FF(0xFF),
    LATIN1_E_ACUTE(0xE9);

    private final byte[] bytes;

    InvalidUtf8(int... values) {
      bytes = new byte[values.length];
      for (int i = 0; i < values.length; i++) {
        bytes[i] = (byte) values[i];
      }
    }
  }

  /** Inserts a sequence that is not UTF-8. */
  record InsertInvalidUtf8(int at, InvalidUtf8 sequence) implements ByteMutation {
    @Override
    public Kind kind() {
      return Kind.INSERT_INVALID_UTF8;
    }

    @Override
    public byte[] apply(byte[] d) {
      return insert(d, at, sequence.bytes);
    }

    @Override
    public String toString() {
      return "insert invalid UTF-8 " + sequence + " " + hex(sequence.bytes) + " at " + at;
    }
  }

  /** Deletes a run of bytes. */
  record DeleteRun(int at, int length) implements ByteMutation {
    @Override
    public Kind kind() {
      return Kind.DELETE_RUN;
    }

    @Override
    public byte[] apply(byte[] d) {
      if (d.length == 0) {
        return d;
      }
      int from = Math.floorMod(at, d.length);
      int to = Math.min(d.length, from + length);
      byte[] out = new byte[d.length - (to - from)];
      System.arraycopy(d, 0, out, 0, from);
      System.arraycopy(d, to, out, from, d.length - to);
      return out;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "delete %d bytes at %d", length, at);
    }
  }

  /** Repeats a run of bytes right after itself. */
  record DuplicateRun(int at, int length) implements ByteMutation {
    @Override
    public Kind kind() {
      return Kind.DUPLICATE_RUN;
    }

    @Override
    public byte[] apply(byte[] d) {
      if (d.length == 0) {
        return d;
      }
      int from = Math.floorMod(at, d.length);
      int to = Math.min(d.length, from + length);
      return insert(d, to, Arrays.copyOfRange(d, from, to));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "duplicate %d bytes at %d", length, at);
    }
  }

  /** Cuts the document short: drops its last bytes, any number of them up to all. */
  record Truncate(int drop) implements ByteMutation {
    @Override
    public Kind kind() {
      return Kind.TRUNCATE;
    }

    @Override
    public byte[] apply(byte[] d) {
      return Arrays.copyOf(d, d.length - Math.floorMod(drop, d.length + 1));
    }

    @Override
    public String toString() {
      return "truncate: drop the last " + drop + " bytes";
    }
  }

  private static byte[] insert(byte[] d, int at, byte[] bytes) {
    int i = Math.floorMod(at, d.length + 1);
    byte[] out = new byte[d.length + bytes.length];
    System.arraycopy(d, 0, out, 0, i);
    System.arraycopy(bytes, 0, out, i, bytes.length);
    System.arraycopy(d, i, out, i + bytes.length, d.length - i);
    return out;
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < bytes.length; i++) {
      sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
    }
    return sb.append(']').toString();
  }

  private static String name(Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Tokens of YAML and JSON syntax, and spellings of special numbers. */
  static final List<String> TOKENS =
      List.of(
          "NaN",
          "-NaN",
          "Infinity",
          "-Infinity",
          ".nan",
          ".NaN",
          ".inf",
          "-.inf",
          "1e999",
          "-1e999",
          "1e-999",
          "9223372036854775808",
          "1.7976931348623157E309",
          "0x1F",
          "0o17",
          "1_000",
          "-0",
          "+1",
          "&a ",
          "*a",
          "&a [1]",
          "!!binary ",
          "!!str ",
          "!!int ",
          "!!float ",
          "!!map ",
          "!!set ",
          "!!python/object:x ",
          "!<tag:yaml.org,2002:str> ",
          "!local ",
          "---\n",
          "...\n",
          "--- !!map\n",
          "%YAML 1.2\n",
          "%TAG ! tag:x,2000:\n",
          "? ",
          ": ",
          "- ",
          "#",
          "|\n",
          ">-\n",
          "<<: ",
          "{",
          "}",
          "[",
          "]",
          ",",
          "\"",
          "'",
          "\\",
          "\\u0000",
          "\\ud800",
          "\\uDFFF",
          "~",
          "null",
          "true",
          "no",
          "on",
          "=",
          "@",
          "`",
          "{a: 1}",
          "[[[[[[[[[[",
          "]]]]]]]]]]",
          "/*",
          "//",
          "\n  ",
          "\n- ",
          "\"\":");

  private static Arbitrary<Integer> position() {
    return Arbitraries.integers()
        .between(0, 1 << 24)
        .withDistribution(RandomDistribution.uniform());
  }

  private static Arbitrary<Integer> runLength() {
    return Arbitraries.integers()
        .between(1, 4096)
        .withDistribution(RandomDistribution.biased())
        .shrinkTowards(1);
  }

  /** Valid text of 1 to 6 code points from every plane, with the odd ones (LS, RLO, U+FFFF...). */
  static Arbitrary<String> utf8Text() {
    Arbitrary<Integer> codePoint =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
            Tuple.of(2, Arbitraries.integers().between(0xA0, 0xFF)),
            Tuple.of(2, Arbitraries.integers().between(0x100, 0xD7FF)),
            Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
            Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)),
            Tuple.of(
                2, Arbitraries.of(0x85, 0xA0, 0x2028, 0x2029, 0x200B, 0x202E, 0xFFFE, 0x1F600)));
    return codePoint
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(
            cps -> {
              StringBuilder sb = new StringBuilder();
              cps.forEach(sb::appendCodePoint);
              return sb.toString();
            });
  }

  /** C0 and C1 control characters and DEL, including tab, newline and carriage return. */
  static Arbitrary<String> controlText() {
    // Half of them are white space, which may still load; the others are refused in most places.
    Arbitrary<Character> control =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.of('\t', '\n', '\r')),
            Tuple.of(1, Arbitraries.chars().range('\u0000', '\u001F')),
            Tuple.of(1, Arbitraries.chars().range('\u007F', '\u009F')));
    return control.list().ofMinSize(1).ofMaxSize(2).map(Mutations::join);
  }

  private static String join(List<Character> chars) {
    StringBuilder sb = new StringBuilder();
    chars.forEach(sb::append);
    return sb.toString();
  }

  /** Every byte-level mutation, each kind about equally often. */
  static Arbitrary<ByteMutation> byteMutations() {
    Arbitrary<Integer> at = position();
    // Cutting a few bytes may leave a document that still loads; cutting anywhere mostly breaks it.
    Arbitrary<Integer> drop =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.integers().between(0, 3)),
            Tuple.of(1, Arbitraries.integers().between(0, 64)),
            Tuple.of(2, position()));
    return Arbitraries.oneOf(
        Combinators.combine(at, Arbitraries.integers().between(0, 7)).as(FlipBit::new),
        Combinators.combine(at, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4))
            .as(InsertRandomBytes::new),
        Combinators.combine(at, runLength()).as(DeleteRun::new),
        Combinators.combine(at, runLength()).as(DuplicateRun::new),
        drop.map(Truncate::new),
        Combinators.combine(at, utf8Text()).as((a, t) -> new InsertText(Kind.INSERT_UTF8, a, t)),
        Combinators.combine(at, Arbitraries.of(InvalidUtf8.class)).as(InsertInvalidUtf8::new),
        Combinators.combine(at, controlText())
            .as((a, t) -> new InsertText(Kind.INSERT_CONTROL, a, t)),
        at.map(a -> new InsertText(Kind.INSERT_BOM, a, "\uFEFF")),
        Combinators.combine(at, Arbitraries.of(TOKENS))
            .as((a, t) -> new InsertText(Kind.INSERT_TOKEN, a, t)));
  }

  // ---------------------------------------------------------------------------------------------
  // Structure level

  /** A change to the tree of a document. */
  sealed interface TreeMutation {
    Kind kind();

    /**
     * Changes the tree in place where it can.
     *
     * @param root the root, which may be changed
     * @return the new root (a different node when the root itself is replaced)
     */
    JsonNode apply(JsonNode root);
  }

  /** Where a node sits: in an object under a name, in an array at an index, or at the root. */
  record Slot(JsonNode parent, String name, int index, JsonNode node) {
    boolean inObject() {
      return parent instanceof ObjectNode;
    }

    boolean inArray() {
      return parent instanceof ArrayNode;
    }

    /** Puts another node where this one is; returns the new root if this is the root. */
    JsonNode replace(JsonNode root, JsonNode with) {
      if (parent instanceof ObjectNode o) {
        o.set(name, with);
        return root;
      }
      if (parent instanceof ArrayNode a) {
        a.set(index, with);
        return root;
      }
      return with;
    }
  }

  /** Every node of the tree in pre-order, the root first. */
  static List<Slot> slots(JsonNode root) {
    List<Slot> out = new ArrayList<>();
    collect(null, null, -1, root, out);
    return out;
  }

  private static void collect(
      JsonNode parent, String name, int index, JsonNode node, List<Slot> out) {
    out.add(new Slot(parent, name, index, node));
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        collect(o, e.getKey(), -1, e.getValue(), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        collect(a, null, i, a.get(i), out);
      }
    }
  }

  private static Slot pick(List<Slot> slots, int n) {
    return slots.get(Math.floorMod(n, slots.size()));
  }

  /** Deletes a node: a key with its value, or a list element; the root becomes null. */
  record DeleteNode(int node) implements TreeMutation {
    @Override
    public Kind kind() {
      return Kind.DELETE_NODE;
    }

    @Override
    public JsonNode apply(JsonNode root) {
      Slot s = pick(slots(root), node);
      if (s.parent() instanceof ObjectNode o) {
        o.remove(s.name());
        return root;
      }
      if (s.parent() instanceof ArrayNode a) {
        a.remove(s.index());
        return root;
      }
      return JsonNodeFactory.instance.nullNode();
    }

    @Override
    public String toString() {
      return "delete node " + node;
    }
  }

  /**
   * Duplicates a node: a list element is repeated right after itself, a key's value is copied to
   * the same key with {@code -copy} appended, and the root becomes a list of itself twice.
   */
  record DuplicateNode(int node) implements TreeMutation {
    @Override
    public Kind kind() {
      return Kind.DUPLICATE_NODE;
    }

    @Override
    public JsonNode apply(JsonNode root) {
      Slot s = pick(slots(root), node);
      if (s.parent() instanceof ObjectNode o) {
        o.set(s.name() + "-copy", s.node().deepCopy());
        return root;
      }
      if (s.parent() instanceof ArrayNode a) {
        a.insert(s.index() + 1, s.node().deepCopy());
        return root;
      }
      ArrayNode twice = JsonNodeFactory.instance.arrayNode();
      return twice.add(root).add(root.deepCopy());
    }

    @Override
    public String toString() {
      return "duplicate node " + node;
    }
  }

  /** Puts a copy of one subtree in the place of another. */
  record GraftSubtree(int source, int target) implements TreeMutation {
    @Override
    public Kind kind() {
      return Kind.GRAFT_SUBTREE;
    }

    @Override
    public JsonNode apply(JsonNode root) {
      List<Slot> all = slots(root);
      JsonNode copy = pick(all, source).node().deepCopy();
      return pick(all, target).replace(root, copy);
    }

    @Override
    public String toString() {
      return "graft a copy of node " + source + " over node " + target;
    }
  }

  /** Replaces one node by a value of another type or an extreme value. */
  record ReplaceValue(int node, Replacement with) implements TreeMutation {
    @Override
    public Kind kind() {
      return Kind.REPLACE_VALUE;
    }

    @Override
    public JsonNode apply(JsonNode root) {
      Slot s = pick(slots(root), node);
      return s.replace(root, with.make(s.node()));
    }

    @Override
    public String toString() {
      return "replace node " + node + " by " + with;
    }
  }

  /** Replaces the value of every occurrence of one key (say every {@code weight}). */
  record ReplaceByKey(int key, Replacement with) implements TreeMutation {
    @Override
    public Kind kind() {
      return Kind.REPLACE_BY_KEY;
    }

    @Override
    public JsonNode apply(JsonNode root) {
      List<Slot> all = slots(root);
      TreeSet<String> names = new TreeSet<>();
      all.stream().filter(Slot::inObject).forEach(s -> names.add(s.name()));
      if (names.isEmpty()) {
        return root;
      }
      String name = new ArrayList<>(names).get(Math.floorMod(key, names.size()));
      for (Slot s : all) {
        if (s.inObject() && s.name().equals(name)) {
          s.replace(root, with.make(s.node()));
        }
      }
      return root;
    }

    @Override
    public String toString() {
      return "replace the value of every key number " + key + " (in sorted order) by " + with;
    }
  }

  /** Renames a key, keeping its place among its siblings. */
  record RenameKey(int node, String to) implements TreeMutation {
    @Override
    public Kind kind() {
      return Kind.RENAME_KEY;
    }

    @Override
    public JsonNode apply(JsonNode root) {
      List<Slot> keys = slots(root).stream().filter(Slot::inObject).toList();
      if (keys.isEmpty()) {
        return root;
      }
      Slot s = pick(keys, node);
      ObjectNode o = (ObjectNode) s.parent();
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(o.properties());
      o.removeAll();
      for (Map.Entry<String, JsonNode> e : entries) {
        o.set(e.getKey().equals(s.name()) ? to : e.getKey(), e.getValue());
      }
      return root;
    }

    @Override
    public String toString() {
      return "rename key " + node + " to \"" + FuzzCase.escape(to, 80) + "\"";
    }
  }

  /**
   * Swaps a node with a sibling: a list element with another element of its list, or the value of a
   * key with the value of another key of the same map.
   */
  record SwapSiblings(int node, int other) implements TreeMutation {
    @Override
    public Kind kind() {
      return Kind.SWAP_SIBLINGS;
    }

    @Override
    public JsonNode apply(JsonNode root) {
      List<Slot> children = slots(root).stream().filter(s -> s.parent() != null).toList();
      if (children.isEmpty()) {
        return root;
      }
      Slot s = pick(children, node);
      if (s.parent() instanceof ArrayNode a) {
        int j = Math.floorMod(other, a.size());
        JsonNode first = a.get(s.index());
        a.set(s.index(), a.get(j));
        a.set(j, first);
      } else {
        ObjectNode o = (ObjectNode) s.parent();
        List<String> names = new ArrayList<>(o.propertyNames());
        String name = names.get(Math.floorMod(other, names.size()));
        JsonNode first = o.get(s.name());
        o.set(s.name(), o.get(name));
        o.set(name, first);
      }
      return root;
    }

    @Override
    public String toString() {
      return "swap node " + node + " with its sibling number " + other;
    }
  }

  /** Wraps a node in more lists ({@code [[x]]}) or maps ({@code {nested: {nested: x}}}). */
  record NestDeeper(int node, int depth, boolean inLists) implements TreeMutation {
    @Override
    public Kind kind() {
      return Kind.NEST_DEEPER;
    }

    @Override
    public JsonNode apply(JsonNode root) {
      Slot s = pick(slots(root), node);
      JsonNode nested = s.node();
      for (int i = 0; i < depth; i++) {
        nested =
            inLists
                ? JsonNodeFactory.instance.arrayNode().add(nested)
                : JsonNodeFactory.instance.objectNode().set("nested", nested);
      }
      return s.replace(root, nested);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "nest node %d %d levels deeper in %s",
          node,
          depth,
          inLists ? "lists" : "maps");
    }
  }

  /** A value put in the place of another. */
  sealed interface Replacement {
    JsonNode make(JsonNode original);
  }

  /** The fixed replacements: every JSON type, and the extremes of numbers and text. */
  enum Special implements Replacement {
    TEXT,
    EMPTY_TEXT,
    BLANK_TEXT,
    NUMERIC_TEXT,
    NOT_APPLICABLE_TEXT,
    ZERO,
    ONE,
    MINUS_ONE,
    HALF,
    NEGATIVE_ZERO,
    INT_MAX_PLUS_ONE,
    LONG_MAX,
    HUGE_INTEGER,
    /** 1E+308: two of them add up to more than the largest double. */
    LARGE_DOUBLE,
    MAX_DOUBLE,
    BEYOND_MAX_DOUBLE,
    MIN_SUBNORMAL,
    BELOW_MIN_SUBNORMAL,
    TRUE,
    FALSE,
    NULL,
    EMPTY_LIST,
    LIST,
    EMPTY_MAP,
    MAP,
    NAN_NUMBER,
    NAN_TEXT,
    INFINITY_TEXT,
    MINUS_INFINITY_TEXT,
    YAML_NAN_TEXT,
    YAML_INFINITY_TEXT,
    /** Text at the string length limit of 100,000 characters. */
    LONG_TEXT,
    /** Text one character over the string length limit. */
    TOO_LONG_TEXT,
    /**
     * The original text followed by {@code -a.a.a...}: 20,000 dot-separated segments, the shape of
     * a long dotted id or of a semantic version with a long pre-release part.
     */
    MANY_SEGMENTS;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Override
    public JsonNode make(JsonNode original) {
      switch (this) {
        case TEXT:
          return F.stringNode("x");
        case EMPTY_TEXT:
          return F.stringNode("");
        case BLANK_TEXT:
          return F.stringNode("  ");
        case NUMERIC_TEXT:
          return F.stringNode("3");
        case NOT_APPLICABLE_TEXT:
          return F.stringNode("n/a");
        case ZERO:
          return F.numberNode(0);
        case ONE:
          return F.numberNode(1);
        case MINUS_ONE:
          return F.numberNode(-1);
        case HALF:
          return F.numberNode(0.5);
        case NEGATIVE_ZERO:
          return F.numberNode(-0.0);
        case INT_MAX_PLUS_ONE:
          return F.numberNode(Integer.MAX_VALUE + 1L);
        case LONG_MAX:
          return F.numberNode(Long.MAX_VALUE);
        case HUGE_INTEGER:
          return F.numberNode(BigInteger.TEN.pow(30));
        case LARGE_DOUBLE:
          return F.numberNode(1e308);
        case MAX_DOUBLE:
          return F.numberNode(Double.MAX_VALUE);
        case BEYOND_MAX_DOUBLE:
          return F.numberNode(new BigDecimal("1E+400"));
        case MIN_SUBNORMAL:
          return F.numberNode(Double.MIN_VALUE);
        case BELOW_MIN_SUBNORMAL:
          return F.numberNode(new BigDecimal("1E-400"));
        case TRUE:
          return F.booleanNode(true);
        case FALSE:
          return F.booleanNode(false);
        case NULL:
          return F.nullNode();
        case EMPTY_LIST:
          return F.arrayNode();
        case LIST:
          return F.arrayNode().add(1).add("x");
        case EMPTY_MAP:
          return F.objectNode();
        case MAP:
          return F.objectNode().put("x", 1);
        case NAN_NUMBER:
          return F.numberNode(Double.NaN);
        case NAN_TEXT:
          return F.stringNode("NaN");
        case INFINITY_TEXT:
          return F.stringNode("Infinity");
        case MINUS_INFINITY_TEXT:
          return F.stringNode("-Infinity");
        case YAML_NAN_TEXT:
          return F.stringNode(".nan");
        case YAML_INFINITY_TEXT:
          return F.stringNode(".inf");
        case LONG_TEXT:
          return F.stringNode("x".repeat(100_000));
        case TOO_LONG_TEXT:
          return F.stringNode("x".repeat(100_001));
        case MANY_SEGMENTS:
          String base = original.isString() ? original.stringValue() : original.toString();
          return F.stringNode(base + "-a" + ".a".repeat(20_000));
        default:
          throw new AssertionError(this);
      }
    }
  }

  /** Arbitrary short text, from jqwik's full character range (lone surrogates included). */
  record ArbitraryText(String text) implements Replacement {
    @Override
    public JsonNode make(JsonNode original) {
      return JsonNodeFactory.instance.stringNode(text);
    }

    @Override
    public String toString() {
      return "the text \"" + FuzzCase.escape(text, 80) + "\"";
    }
  }

  /**
   * Replacements: a value of each JSON type, extreme numbers, special numbers spelt as text, text
   * at and over the length limit (unless {@code longText} is false), and arbitrary short text.
   */
  static Arbitrary<Replacement> replacements(boolean longText) {
    List<Tuple2<Integer, Arbitrary<Replacement>>> choices = new ArrayList<>();
    choices.add(
        Tuple.of(
            3,
            Arbitraries.<Replacement>of(
                Special.TEXT,
                Special.EMPTY_TEXT,
                Special.BLANK_TEXT,
                Special.NUMERIC_TEXT,
                Special.NOT_APPLICABLE_TEXT,
                Special.ZERO,
                Special.ONE,
                Special.MINUS_ONE,
                Special.HALF,
                Special.TRUE,
                Special.FALSE,
                Special.NULL,
                Special.EMPTY_LIST,
                Special.LIST,
                Special.EMPTY_MAP,
                Special.MAP)));
    choices.add(
        Tuple.of(
            3,
            Arbitraries.<Replacement>of(
                Special.NEGATIVE_ZERO,
                Special.INT_MAX_PLUS_ONE,
                Special.LONG_MAX,
                Special.HUGE_INTEGER,
                Special.LARGE_DOUBLE,
                Special.MAX_DOUBLE,
                Special.BEYOND_MAX_DOUBLE,
                Special.MIN_SUBNORMAL,
                Special.BELOW_MIN_SUBNORMAL,
                Special.NAN_NUMBER)));
    choices.add(
        Tuple.of(
            2,
            Arbitraries.<Replacement>of(
                Special.NAN_TEXT,
                Special.INFINITY_TEXT,
                Special.MINUS_INFINITY_TEXT,
                Special.YAML_NAN_TEXT,
                Special.YAML_INFINITY_TEXT)));
    if (longText) {
      choices.add(
          Tuple.of(
              1,
              Arbitraries.<Replacement>of(
                  Special.LONG_TEXT, Special.TOO_LONG_TEXT, Special.MANY_SEGMENTS)));
    }
    choices.add(
        Tuple.of(
            1,
            Arbitraries.strings()
                .all()
                .ofMaxLength(12)
                .map(t -> (Replacement) new ArbitraryText(t))));
    return Arbitraries.frequencyOf(choices);
  }

  /** Key names that no format uses, some of them meaningful in YAML. */
  static final List<String> ODD_KEY_NAMES =
      List.of("", " ", "id ", "ID", "<<", "?", "null", "~", "-", "#", "a: b", "k".repeat(1_001));

  /**
   * Every structure-level mutation, each kind about equally often.
   *
   * @param keyNames the keys of the format (and of the seeds' maps), which a key is most often
   *     renamed to, so that a rename may still load
   */
  static Arbitrary<TreeMutation> treeMutations(List<String> keyNames) {
    Arbitrary<Integer> node = position();
    Arbitrary<Integer> depth =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 4), Arbitraries.integers().between(55, 70));
    Arbitrary<String> keyName =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(keyNames)),
            Tuple.of(1, Arbitraries.of(ODD_KEY_NAMES)),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)));
    return Arbitraries.oneOf(
        node.map(DeleteNode::new),
        node.map(DuplicateNode::new),
        Combinators.combine(node, node).as(GraftSubtree::new),
        Combinators.combine(node, replacements(true)).as(ReplaceValue::new),
        // Long text for every value of a key would make documents of megabytes, slow to read.
        Combinators.combine(node, replacements(false)).as(ReplaceByKey::new),
        Combinators.combine(node, keyName).as(RenameKey::new),
        Combinators.combine(node, node).as(SwapSiblings::new),
        Combinators.combine(node, depth, Arbitraries.of(true, false)).as(NestDeeper::new));
  }
}
