package dev.centricity.core.io;

import dev.centricity.core.FormatException;
import dev.centricity.core.Rubric;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.io.internal.Reading;
import dev.centricity.core.io.internal.Reading.Syntax;
import dev.centricity.core.io.internal.Schemas;
import dev.centricity.core.io.internal.TranslationTree;
import dev.centricity.core.text.Translation;
import dev.centricity.core.text.TranslationValidationException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes translation files, {@code <rubric-id>.<language>.yaml}, in YAML or JSON:
 *
 * <pre>{@code
 * translation: { rubric: product-customer-centricity@1.0.0, language: de }
 * title: Produkt- oder Kundenorientierung
 * poles: { product: Produktorientiert, customer: Kundenorientiert }
 * scales:
 *   agree5: [Stimme gar nicht zu, Stimme nicht zu, "Teils, teils", Stimme zu, Stimme voll zu]
 * dimensions: { rewards: Belohnung und Anreize }
 * traits: { rewards.sales-volume: Verkaufsprämien richten sich vor allem nach der Stückzahl. }
 * bands: { Balanced: Ausgewogen }
 * missing: [Weiß nicht, keine Angabe]
 * }</pre>
 *
 * <p>Besides those keys a file may give {@code description}, {@code poleDescriptions} and {@code
 * dimensionDescriptions} (id to text). Every text is optional: one left out, or given as null,
 * falls back to the rubric's own. The JSON Schema of the layout is the resource {@code
 * /dev/centricity/core/translation.schema.json}.
 *
 * <p>Reading is strict and bounded as for rubrics (see {@link RubricFormat}): a file that cannot be
 * read, has an unknown or repeated key or a value of the wrong shape fails with a {@link
 * FormatException} naming the path; a translation that breaks a rule of its own or, when a rubric
 * is given, does not fit it fails with a {@link TranslationValidationException} listing every
 * problem. Writing then reading gives an equal translation.
 *
 * <p>All methods are static and thread-safe.
 */
public final class TranslationFormat {

  private TranslationFormat() {}

  /**
   * The JSON Schema (draft 2020-12) of translation files, as text: for editors and validators that
   * check files before the library reads them. It is also the resource {@code
   * /dev/centricity/core/translation.schema.json}, but a resource of a named module cannot be read
   * from outside it (the package is opened to Jackson only), so read it through this method.
   *
   * @return the schema, a JSON document in UTF-8
   */
  public static String jsonSchema() {
    return Schemas.text("translation.schema.json");
  }

  /**
   * Reads a translation file, YAML or JSON by its extension or, failing that, its first character.
   *
   * @param file the file
   * @return the translation, checked on its own
   * @throws FormatException if the file cannot be read as a translation
   * @throws TranslationValidationException if the translation breaks a rule of its own
   */
  public static Translation read(Path file) {
    String text = Reading.text(file);
    return TranslationTree.read(
        text, Syntax.guess(file.getFileName().toString(), text), file.toString());
  }

  /**
   * Reads a translation file and checks it against the rubric it translates.
   *
   * @param file the file
   * @param rubric the rubric
   * @return the translation
   * @throws FormatException if the file cannot be read as a translation
   * @throws TranslationValidationException if the translation breaks a rule or does not fit the
   *     rubric
   */
  public static Translation read(Path file, Rubric rubric) {
    Translation t = read(file);
    t.checkAgainst(rubric);
    return t;
  }

  /**
   * Reads a translation from a stream of UTF-8 text, such as a class-path resource.
   *
   * @param in the stream; read to the end but not closed
   * @param source a name for messages, such as the resource's path
   * @return the translation, checked on its own
   * @throws FormatException if the text cannot be read as a translation
   * @throws TranslationValidationException if the translation breaks a rule of its own
   */
  public static Translation read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    String text = Reading.text(in, source);
    return TranslationTree.read(text, Syntax.guess(source, text), source);
  }

  /**
   * Reads a translation from YAML text.
   *
   * @param yaml the text
   * @return the translation, checked on its own
   * @throws FormatException if the text cannot be read as a translation
   * @throws TranslationValidationException if the translation breaks a rule of its own
   */
  public static Translation fromYaml(String yaml) {
    return TranslationTree.read(Objects.requireNonNull(yaml, "yaml"), Syntax.YAML, "<yaml>");
  }

  /**
   * Reads a translation from JSON text.
   *
   * @param json the text
   * @return the translation, checked on its own
   * @throws FormatException if the text cannot be read as a translation
   * @throws TranslationValidationException if the translation breaks a rule of its own
   */
  public static Translation fromJson(String json) {
    return TranslationTree.read(Objects.requireNonNull(json, "json"), Syntax.JSON, "<json>");
  }

  /**
   * Writes a translation as YAML.
   *
   * @param translation the translation
   * @return the YAML text
   */
  public static String toYaml(Translation translation) {
    return JsonSupport.yaml().writeValueAsString(TranslationTree.tree(translation));
  }

  /**
   * Writes a translation as indented JSON.
   *
   * @param translation the translation
   * @return the JSON text
   */
  public static String toJson(Translation translation) {
    return JsonSupport.prettyJson().writeValueAsString(TranslationTree.tree(translation));
  }
}
