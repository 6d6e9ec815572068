package dev.centricity.core.text;

import dev.centricity.core.Band;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Trait;
import dev.centricity.core.text.internal.TranslationCheck;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rubric's texts in one language: each text from the translation into that language, or, where
 * the translation lacks it, the rubric's own. Obtained from {@link RubricTexts#in(String)}.
 *
 * <p>Looking up an id the rubric does not have is a caller's mistake and throws {@link
 * IllegalArgumentException} naming the id.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalizedRubric {

  private final Rubric rubric;
  private final Translation translation;
  private final String language;

  LocalizedRubric(Rubric rubric, Translation translation, String language) {
    this.rubric = rubric;
    this.translation = translation;
    this.language = language;
  }

  /** The rubric. */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * The language of these texts: the translation's, or the rubric's own when there is no
   * translation into the language asked for.
   */
  public String language() {
    return language;
  }

  /** The translation used, empty when the texts are the rubric's own. */
  public Optional<Translation> translation() {
    return Optional.ofNullable(translation);
  }

  /** How much of the rubric is in {@link #language()}: complete when it is the rubric's own. */
  public TranslationCoverage coverage() {
    return TranslationCheck.coverage(translation, rubric);
  }

  /** The title, or the rubric's id when it has none. */
  public String title() {
    if (translation != null && translation.title().isPresent()) {
      return translation.title().get();
    }
    return rubric.title().orElse(rubric.id());
  }

  /** The description, if the rubric has one. */
  public Optional<String> description() {
    if (translation != null && translation.description().isPresent()) {
      return translation.description();
    }
    return rubric.description();
  }

  /**
   * A pole's label.
   *
   * @param poleId the pole's id
   * @return its label in this language
   * @throws IllegalArgumentException if the rubric has no such pole
   */
  public String poleLabel(String poleId) {
    Pole p = rubric.pole(poleId).orElseThrow(() -> unknown("pole", poleId));
    return text(translation == null ? null : translation.poles().get(poleId), p.label());
  }

  /**
   * A pole's description.
   *
   * @param poleId the pole's id
   * @return its description in this language, empty if the rubric gives none
   * @throws IllegalArgumentException if the rubric has no such pole
   */
  public Optional<String> poleDescription(String poleId) {
    Pole p = rubric.pole(poleId).orElseThrow(() -> unknown("pole", poleId));
    String t = translation == null ? null : translation.poleDescriptions().get(poleId);
    return t != null ? Optional.of(t) : p.description();
  }

  /**
   * A scale's point labels.
   *
   * @param scaleId the scale's id
   * @return its labels from point 1 to point n in this language
   * @throws IllegalArgumentException if the rubric has no such scale
   */
  public List<String> pointLabels(String scaleId) {
    Scale s = rubric.scale(scaleId).orElseThrow(() -> unknown("scale", scaleId));
    List<String> t = translation == null ? null : translation.scales().get(scaleId);
    return t != null ? t : s.points();
  }

  /**
   * The point labels of the scale a trait is answered on.
   *
   * @param traitId the trait's id
   * @return its scale's labels from point 1 to point n in this language
   * @throws IllegalArgumentException if the rubric has no such trait
   */
  public List<String> pointLabelsOf(String traitId) {
    Trait t = rubric.trait(traitId).orElseThrow(() -> unknown("trait", traitId));
    return pointLabels(t.scale());
  }

  /**
   * A dimension's name.
   *
   * @param dimensionId the dimension's id
   * @return its name in this language
   * @throws IllegalArgumentException if the rubric has no such dimension
   */
  public String dimensionName(String dimensionId) {
    Dimension d =
        rubric.dimension(dimensionId).orElseThrow(() -> unknown("dimension", dimensionId));
    return text(translation == null ? null : translation.dimensions().get(dimensionId), d.name());
  }

  /**
   * A dimension's description.
   *
   * @param dimensionId the dimension's id
   * @return its description in this language, empty if the rubric gives none
   * @throws IllegalArgumentException if the rubric has no such dimension
   */
  public Optional<String> dimensionDescription(String dimensionId) {
    Dimension d =
        rubric.dimension(dimensionId).orElseThrow(() -> unknown("dimension", dimensionId));
    String t = translation == null ? null : translation.dimensionDescriptions().get(dimensionId);
    return t != null ? Optional.of(t) : d.description();
  }

  /**
   * A trait's statement.
   *
   * @param traitId the trait's id
   * @return its statement in this language
   * @throws IllegalArgumentException if the rubric has no such trait
   */
  public String statement(String traitId) {
    Trait t = rubric.trait(traitId).orElseThrow(() -> unknown("trait", traitId));
    return text(translation == null ? null : translation.traits().get(traitId), t.statement());
  }

  /**
   * A band's label.
   *
   * @param rubricLabel the band's label in the rubric, as a scorecard names it
   * @return its label in this language
   * @throws IllegalArgumentException if the rubric has no band of that label
   */
  public String bandLabel(String rubricLabel) {
    boolean known = false;
    for (Band b : rubric.bands()) {
      known |= b.label().equals(rubricLabel);
    }
    if (!known) {
      throw unknown("band", rubricLabel);
    }
    return text(translation == null ? null : translation.bands().get(rubricLabel), rubricLabel);
  }

  /**
   * Words that mean "don't know" in this language, the first being the one a questionnaire shows;
   * empty for the rubric's own language, whose words the reader of a questionnaire supplies.
   */
  public List<String> missingWords() {
    return translation == null ? List.of() : translation.missing();
  }

  private static String text(String translated, String own) {
    return translated != null ? translated : own;
  }

  private IllegalArgumentException unknown(String what, String id) {
    return new IllegalArgumentException(
        "rubric '" + rubric.id() + "' has no " + what + " '" + Objects.toString(id) + "'");
  }

  /** The rubric and the language, such as {@code product-customer-centricity@1.0.0 in de}. */
  @Override
  public String toString() {
    return rubric.reference() + " in " + language;
  }
}
