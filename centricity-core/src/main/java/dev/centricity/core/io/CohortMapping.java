package dev.centricity.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a survey export's columns and cells mean, where {@link CohortReader}'s own matching cannot
 * tell: which column answers which trait, which words are which point, which words mean "no
 * answer", which columns name the respondent and the group, how many rows under the header to skip,
 * and the separator and charset of the file. Read from a mapping file with {@link MappingFormat},
 * or built:
 *
 * <pre>{@code
 * CohortMapping mapping = CohortMapping.builder()
 *     .column("Q7", "rewards.insight")               // header (or descriptive text) -> trait id
 *     .label("Stimme voll zu", 5)                    // for every scale
 *     .label("agree-5", "Eher ja", 4)                // for one scale
 *     .missing("weiss nicht")
 *     .respondent("ResponseId").group("Abteilung")
 *     .skipRows(1).delimiter(';').encoding("windows-1252")
 *     .build();
 * }</pre>
 *
 * <p>Headers, labels and missing words are compared as the reader compares texts (see {@link
 * CohortReader}): after Unicode NFKC, case folding, collapsing white space and removing a leading
 * question number and surrounding quotes. A mapping is checked against a rubric when a reader takes
 * it ({@link CohortReader#withMapping}): an unknown trait or scale id is an error there.
 *
 * <p>Immutable, value-based and thread-safe; its maps keep the order they were built in. No
 * accessor returns {@code null}: what the mapping does not say is empty.
 */
public final class CohortMapping {

  /** The key in {@link #labels()} for labels that hold on every scale. */
  public static final String ALL_SCALES = "*";

  private final String source;
  private final Map<String, String> columns;
  private final Map<String, Map<String, Integer>> labels;
  private final List<String> missing;
  private final String respondent;
  private final String group;
  private final int skipRows;
  private final Character delimiter;
  private final String encoding;

  private CohortMapping(Builder b) {
    this.source = b.source;
    this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(b.columns));
    Map<String, Map<String, Integer>> l = new LinkedHashMap<>();
    b.labels.forEach((k, v) -> l.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.labels = Collections.unmodifiableMap(l);
    this.missing = List.copyOf(b.missing);
    this.respondent = b.respondent;
    this.group = b.group;
    this.skipRows = b.skipRows;
    this.delimiter = b.delimiter;
    this.encoding = b.encoding;
  }

  /**
   * Starts an empty mapping.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a mapping with everything this one says, to change some of it.
   *
   * @param base the mapping to start from
   * @return a builder
   */
  public static Builder builder(CohortMapping base) {
    Builder b = new Builder().source(base.source);
    b.columns.putAll(base.columns);
    base.labels.forEach((k, v) -> b.labels.put(k, new LinkedHashMap<>(v)));
    b.missing.addAll(base.missing);
    b.respondent = base.respondent;
    b.group = base.group;
    b.skipRows = base.skipRows;
    b.delimiter = base.delimiter;
    b.encoding = base.encoding;
    return b;
  }

  /** Where the mapping came from, for messages: its file, or {@code "<mapping>"} when built. */
  public String source() {
    return source;
  }

  /** Column header (or the text of a descriptive row under it) to trait id, in file order. */
  public Map<String, String> columns() {
    return columns;
  }

  /**
   * Cell labels to points: by scale id, with {@link #ALL_SCALES} for labels that hold on every
   * scale. A label given for a trait's own scale wins over one given for all.
   */
  public Map<String, Map<String, Integer>> labels() {
    return labels;
  }

  /** Words that mean "no answer", on top of the reader's own. */
  public List<String> missing() {
    return missing;
  }

  /** The header of the column naming each respondent, if the mapping names one. */
  public Optional<String> respondent() {
    return Optional.ofNullable(respondent);
  }

  /** The header of the column giving each respondent's group, if the mapping names one. */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /** Rows under the header that are not respondents; 0 when the mapping says nothing. */
  public int skipRows() {
    return skipRows;
  }

  /** The separator between fields ({@code , ; tab |}), if the mapping gives one. */
  public Optional<Character> delimiter() {
    return Optional.ofNullable(delimiter);
  }

  /** The name of the file's charset, such as {@code windows-1252}, if the mapping gives one. */
  public Optional<String> encoding() {
    return Optional.ofNullable(encoding);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CohortMapping m
        && columns.equals(m.columns)
        && labels.equals(m.labels)
        && missing.equals(m.missing)
        && Objects.equals(respondent, m.respondent)
        && Objects.equals(group, m.group)
        && skipRows == m.skipRows
        && Objects.equals(delimiter, m.delimiter)
        && Objects.equals(encoding, m.encoding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, labels, missing, respondent, group, skipRows, delimiter, encoding);
  }

  /** The mapping's parts, for debugging. */
  @Override
  public String toString() {
    return "CohortMapping[columns="
        + columns
        + ", labels="
        + labels
        + ", missing="
        + missing
        + ", respondent="
        + respondent
        + ", group="
        + group
        + ", skipRows="
        + skipRows
        + ", delimiter="
        + (delimiter == null ? null : "'" + delimiter + "'")
        + ", encoding="
        + encoding
        + "]";
  }

  /** Builds a {@link CohortMapping}. Not thread-safe. */
  public static final class Builder {
    private String source = "<mapping>";
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> labels = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();
    private String respondent;
    private String group;
    private int skipRows;
    private Character delimiter;
    private String encoding;

    private Builder() {}

    /**
     * Names where the mapping came from, for messages.
     *
     * @param source such as the mapping file's name
     * @return this builder
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Says which trait a column answers.
     *
     * @param header the column's header, or the text of a descriptive row under it
     * @param traitId the trait's id
     * @return this builder
     * @throws IllegalArgumentException if the header is blank or already mapped
     */
    public Builder column(String header, String traitId) {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(traitId, "traitId");
      if (header.isBlank()) {
        throw new IllegalArgumentException("a mapped column's header must not be blank");
      }
      if (columns.putIfAbsent(header, traitId) != null) {
        throw new IllegalArgumentException("column '" + header + "' is mapped twice");
      }
      return this;
    }

    /**
     * Says which point a label is on every scale.
     *
     * @param label the cell's text
     * @param point the point, from 1
     * @return this builder
     * @throws IllegalArgumentException if the label is blank or the point below 1
     */
    public Builder label(String label, int point) {
      return label(ALL_SCALES, label, point);
    }

    /**
     * Says which point a label is on one scale.
     *
     * @param scaleId the scale's id, or {@link #ALL_SCALES}
     * @param label the cell's text
     * @param point the point, from 1
     * @return this builder
     * @throws IllegalArgumentException if the label is blank or the point below 1
     */
    public Builder label(String scaleId, String label, int point) {
      Objects.requireNonNull(scaleId, "scaleId");
      Objects.requireNonNull(label, "label");
      if (label.isBlank()) {
        throw new IllegalArgumentException("a label must not be blank");
      }
      if (point < 1) {
        throw new IllegalArgumentException(
            "label '" + label + "' must be a point from 1, but was " + point);
      }
      labels.computeIfAbsent(scaleId, k -> new LinkedHashMap<>()).put(label, point);
      return this;
    }

    /**
     * Adds words that mean "no answer".
     *
     * @param words the words
     * @return this builder
     * @throws IllegalArgumentException if a word is blank
     */
    public Builder missing(String... words) {
      for (String w : words) {
        Objects.requireNonNull(w, "word");
        if (w.isBlank()) {
          throw new IllegalArgumentException("a missing word must not be blank");
        }
        missing.add(w);
      }
      return this;
    }

    /**
     * Names the column that names each respondent.
     *
     * @param column its header
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder respondent(String column) {
      this.respondent = named(column, "respondent");
      return this;
    }

    /**
     * Names the column that gives each respondent's group.
     *
     * @param column its header
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder group(String column) {
      this.group = named(column, "group");
      return this;
    }

    /**
     * Sets how many rows under the header are not respondents.
     *
     * @param rows 0 or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder skipRows(int rows) {
      if (rows < 0) {
        throw new IllegalArgumentException("skipRows must be 0 or more, but was " + rows);
      }
      this.skipRows = rows;
      return this;
    }

    /**
     * Sets the separator between fields.
     *
     * @param separator one of {@code , ; tab |}
     * @return this builder
     * @throws IllegalArgumentException if it is none of those
     */
    public Builder delimiter(char separator) {
      if (CohortReader.SEPARATORS.indexOf(separator) < 0) {
        throw new IllegalArgumentException(
            "the delimiter must be one of ',' ';' tab '|', but was '" + separator + "'");
      }
      this.delimiter = separator;
      return this;
    }

    /**
     * Sets the charset of the file.
     *
     * @param charsetName a charset name Java knows, such as {@code windows-1252}
     * @return this builder
     * @throws IllegalArgumentException if Java knows no charset of that name
     */
    public Builder encoding(String charsetName) {
      Objects.requireNonNull(charsetName, "charsetName");
      try {
        if (!java.nio.charset.Charset.isSupported(charsetName)) {
          throw new IllegalArgumentException("unknown charset '" + charsetName + "'");
        }
      } catch (java.nio.charset.IllegalCharsetNameException e) {
        throw new IllegalArgumentException("unknown charset '" + charsetName + "'", e);
      }
      this.encoding = charsetName;
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping
     */
    public CohortMapping build() {
      return new CohortMapping(this);
    }

    private static String named(String column, String what) {
      Objects.requireNonNull(column, what);
      if (column.isBlank()) {
        throw new IllegalArgumentException("the " + what + " column must be named");
      }
      return column.strip();
    }
  }
}
