package dev.centricity.core.text;

import dev.centricity.core.Problem;
import dev.centricity.core.Rubric;
import dev.centricity.core.text.internal.TranslationCheck;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The texts of one rubric in another language: the title and description, pole labels and
 * descriptions, the point labels of each scale, dimension names and descriptions, trait statements,
 * band labels, and the words respondents use in that language for "don't know".
 *
 * <p>A translation names the rubric it was made for ({@link #rubricId()} and {@link
 * #rubricVersion()}) and its {@link #language()} as a BCP 47 tag such as {@code de} or {@code
 * pt-BR}. It is built with {@link #builder(String, String, String)} or read with {@code
 * dev.centricity.core.io.TranslationFormat}. Building checks what a translation can check alone
 * (the language tag, the rubric's version, no blank text); {@link #checkAgainst(Rubric)} checks it
 * against its rubric (every id known, every scale with as many labels as it has points). A text the
 * translation leaves out falls back to the rubric's own language; {@link #coverage(Rubric)} says
 * how much is translated.
 *
 * <p>Translations never change a score: they are not part of a rubric's content hash, and a
 * scorecard names trait ids, never texts.
 *
 * <p>Immutable, value-based and thread-safe; its maps keep the order they were built in.
 */
public final class Translation {

  private final String rubricId;
  private final String rubricVersion;
  private final String language;
  private final String title;
  private final String description;
  private final Map<String, String> poles;
  private final Map<String, String> poleDescriptions;
  private final Map<String, List<String>> scales;
  private final Map<String, String> dimensions;
  private final Map<String, String> dimensionDescriptions;
  private final Map<String, String> traits;
  private final Map<String, String> bands;
  private final List<String> missing;

  private Translation(Builder b) {
    this.rubricId = b.rubricId;
    this.rubricVersion = b.rubricVersion;
    this.language = b.language;
    this.title = b.title;
    this.description = b.description;
    this.poles = Collections.unmodifiableMap(new LinkedHashMap<>(b.poles));
    this.poleDescriptions = Collections.unmodifiableMap(new LinkedHashMap<>(b.poleDescriptions));
    Map<String, List<String>> s = new LinkedHashMap<>();
    b.scales.forEach((k, v) -> s.put(k, List.copyOf(v)));
    this.scales = Collections.unmodifiableMap(s);
    this.dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(b.dimensions));
    this.dimensionDescriptions =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.dimensionDescriptions));
    this.traits = Collections.unmodifiableMap(new LinkedHashMap<>(b.traits));
    this.bands = Collections.unmodifiableMap(new LinkedHashMap<>(b.bands));
    this.missing = List.copyOf(b.missing);
  }

  /**
   * Starts a translation.
   *
   * @param rubricId the id of the rubric translated
   * @param rubricVersion its version
   * @param language the language, a BCP 47 tag such as {@code de}
   * @return a builder
   */
  public static Builder builder(String rubricId, String rubricVersion, String language) {
    return new Builder(rubricId, rubricVersion, language);
  }

  /**
   * Starts a translation with every text of another, to change or add to.
   *
   * @param base the translation to start from
   * @return a builder holding {@code base}'s texts
   */
  public static Builder builder(Translation base) {
    Builder b = new Builder(base.rubricId, base.rubricVersion, base.language);
    b.title = base.title;
    b.description = base.description;
    b.poles.putAll(base.poles);
    b.poleDescriptions.putAll(base.poleDescriptions);
    b.scales.putAll(base.scales);
    b.dimensions.putAll(base.dimensions);
    b.dimensionDescriptions.putAll(base.dimensionDescriptions);
    b.traits.putAll(base.traits);
    b.bands.putAll(base.bands);
    b.missing.addAll(base.missing);
    return b;
  }

  /** The id of the rubric this translation was made for. */
  public String rubricId() {
    return rubricId;
  }

  /** The version of the rubric this translation was made for. */
  public String rubricVersion() {
    return rubricVersion;
  }

  /** {@code id@version}, the way a translation file names its rubric. */
  public String rubric() {
    return rubricId + "@" + rubricVersion;
  }

  /** The language, as a BCP 47 tag in its canonical case, such as {@code de} or {@code pt-BR}. */
  public String language() {
    return language;
  }

  /** The rubric's title in this language, if translated. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The rubric's description in this language, if translated. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Pole labels by pole id. */
  public Map<String, String> poles() {
    return poles;
  }

  /** Pole descriptions by pole id. */
  public Map<String, String> poleDescriptions() {
    return poleDescriptions;
  }

  /** The point labels of each scale, from point 1 to point n, by scale id. */
  public Map<String, List<String>> scales() {
    return scales;
  }

  /** Dimension names by dimension id. */
  public Map<String, String> dimensions() {
    return dimensions;
  }

  /** Dimension descriptions by dimension id. */
  public Map<String, String> dimensionDescriptions() {
    return dimensionDescriptions;
  }

  /** Trait statements by trait id. */
  public Map<String, String> traits() {
    return traits;
  }

  /** Band labels in this language, by the band's label in the rubric. */
  public Map<String, String> bands() {
    return bands;
  }

  /**
   * Words that mean "don't know" or "does not apply" in this language, such as {@code weiß nicht};
   * the first is the label a questionnaire shows for that choice. Empty when none are given.
   */
  public List<String> missing() {
    return missing;
  }

  /**
   * Checks this translation against the rubric it translates.
   *
   * @param rubric the rubric
   * @throws TranslationValidationException listing every problem: a rubric id or version other than
   *     {@code rubric}'s, an id the rubric does not have, a scale whose number of labels is not its
   *     number of points
   */
  public void checkAgainst(Rubric rubric) {
    List<Problem> problems = TranslationCheck.against(this, Objects.requireNonNull(rubric));
    if (!problems.isEmpty()) {
      throw new TranslationValidationException(rubric(), language, problems);
    }
  }

  /**
   * How much of a rubric's text this translation covers.
   *
   * @param rubric the rubric translated
   * @return the coverage
   * @throws TranslationValidationException if the translation does not fit the rubric (see {@link
   *     #checkAgainst(Rubric)})
   */
  public TranslationCoverage coverage(Rubric rubric) {
    checkAgainst(rubric);
    return TranslationCheck.coverage(this, rubric);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Translation)) {
      return false;
    }
    Translation t = (Translation) o;
    return rubricId.equals(t.rubricId)
        && rubricVersion.equals(t.rubricVersion)
        && language.equals(t.language)
        && Objects.equals(title, t.title)
        && Objects.equals(description, t.description)
        && poles.equals(t.poles)
        && poleDescriptions.equals(t.poleDescriptions)
        && scales.equals(t.scales)
        && dimensions.equals(t.dimensions)
        && dimensionDescriptions.equals(t.dimensionDescriptions)
        && traits.equals(t.traits)
        && bands.equals(t.bands)
        && missing.equals(t.missing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        rubricId,
        rubricVersion,
        language,
        title,
        description,
        poles,
        poleDescriptions,
        scales,
        dimensions,
        dimensionDescriptions,
        traits,
        bands,
        missing);
  }

  /** A short description: the rubric, the language and how many statements it translates. */
  @Override
  public String toString() {
    return "Translation{" + rubric() + ", " + language + ", " + traits.size() + " statements}";
  }

  /**
   * Builds a {@link Translation}. A builder is not thread-safe; the translations it builds are.
   * Setting a text twice keeps the last.
   */
  public static final class Builder {
    private final String rubricId;
    private final String rubricVersion;
    private final String language;
    private String title;
    private String description;
    private final Map<String, String> poles = new LinkedHashMap<>();
    private final Map<String, String> poleDescriptions = new LinkedHashMap<>();
    private final Map<String, List<String>> scales = new LinkedHashMap<>();
    private final Map<String, String> dimensions = new LinkedHashMap<>();
    private final Map<String, String> dimensionDescriptions = new LinkedHashMap<>();
    private final Map<String, String> traits = new LinkedHashMap<>();
    private final Map<String, String> bands = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();

    private Builder(String rubricId, String rubricVersion, String language) {
      this.rubricId = Objects.requireNonNull(rubricId, "rubricId");
      this.rubricVersion = Objects.requireNonNull(rubricVersion, "rubricVersion");
      this.language = TranslationCheck.canonicalLanguage(Objects.requireNonNull(language));
    }

    /**
     * Sets the rubric's title.
     *
     * @param text the title in this language
     * @return this builder
     */
    public Builder title(String text) {
      this.title = Objects.requireNonNull(text, "title");
      return this;
    }

    /**
     * Sets the rubric's description.
     *
     * @param text the description in this language
     * @return this builder
     */
    public Builder description(String text) {
      this.description = Objects.requireNonNull(text, "description");
      return this;
    }

    /**
     * Sets a pole's label.
     *
     * @param poleId the pole's id
     * @param label its label in this language
     * @return this builder
     */
    public Builder pole(String poleId, String label) {
      poles.put(Objects.requireNonNull(poleId), Objects.requireNonNull(label));
      return this;
    }

    /**
     * Sets a pole's description.
     *
     * @param poleId the pole's id
     * @param text its description in this language
     * @return this builder
     */
    public Builder poleDescription(String poleId, String text) {
      poleDescriptions.put(Objects.requireNonNull(poleId), Objects.requireNonNull(text));
      return this;
    }

    /**
     * Sets a scale's point labels.
     *
     * @param scaleId the scale's id
     * @param points the labels from point 1 to point n, as many as the scale has points
     * @return this builder
     */
    public Builder scale(String scaleId, List<String> points) {
      scales.put(Objects.requireNonNull(scaleId), List.copyOf(points));
      return this;
    }

    /**
     * Sets a dimension's name.
     *
     * @param dimensionId the dimension's id
     * @param name its name in this language
     * @return this builder
     */
    public Builder dimension(String dimensionId, String name) {
      dimensions.put(Objects.requireNonNull(dimensionId), Objects.requireNonNull(name));
      return this;
    }

    /**
     * Sets a dimension's description.
     *
     * @param dimensionId the dimension's id
     * @param text its description in this language
     * @return this builder
     */
    public Builder dimensionDescription(String dimensionId, String text) {
      dimensionDescriptions.put(Objects.requireNonNull(dimensionId), Objects.requireNonNull(text));
      return this;
    }

    /**
     * Sets a trait's statement.
     *
     * @param traitId the trait's id
     * @param statement its statement in this language
     * @return this builder
     */
    public Builder trait(String traitId, String statement) {
      traits.put(Objects.requireNonNull(traitId), Objects.requireNonNull(statement));
      return this;
    }

    /**
     * Sets a band's label.
     *
     * @param rubricLabel the band's label in the rubric
     * @param label its label in this language
     * @return this builder
     */
    public Builder band(String rubricLabel, String label) {
      bands.put(Objects.requireNonNull(rubricLabel), Objects.requireNonNull(label));
      return this;
    }

    /**
     * Adds words meaning "don't know" in this language; the first ever added is the one a
     * questionnaire shows.
     *
     * @param words the words
     * @return this builder
     */
    public Builder missing(String... words) {
      for (String w : words) {
        missing.add(Objects.requireNonNull(w, "missing word"));
      }
      return this;
    }

    /**
     * Builds the translation.
     *
     * @return the translation
     * @throws TranslationValidationException listing every problem it has on its own: a blank
     *     rubric id, a version that is not a semantic version, a malformed language tag, a blank
     *     text or id, a repeated missing word
     */
    public Translation build() {
      Translation t = new Translation(this);
      List<Problem> problems = TranslationCheck.alone(t);
      if (!problems.isEmpty()) {
        throw new TranslationValidationException(t.rubric(), t.language, problems);
      }
      return t;
    }
  }
}
