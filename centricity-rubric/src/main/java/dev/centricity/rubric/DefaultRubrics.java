package dev.centricity.rubric;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Rubric;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.core.io.TranslationFormat;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.core.text.Translation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rubrics that ship with Centricity, read from YAML resources inside this jar, validated
 * (worked examples included) on first use and cached.
 *
 * <ul>
 *   <li>{@link #productCustomer()} — {@code product-customer-centricity} 1.0.1: where an
 *       organisation stands between product-centric and customer-centric, in nine equally weighted
 *       dimensions;
 *   <li>{@link #context()} — {@code centricity-context} 1.0.1: which orientation the business's
 *       situation calls for (its index is the <i>recommended</i> orientation).
 * </ul>
 *
 * <p>Both are written in English and ship with translations into German, French and Spanish ({@link
 * #LANGUAGES}), as resources {@code <rubric-id>.<language>.yaml} beside the rubric files; {@link
 * #productCustomerTexts()} and {@link #contextTexts()} give their texts in any of them.
 *
 * <p>{@code docs/rubric.md} explains every dimension, trait and weight. To derive a rubric, copy
 * the YAML ({@link #productCustomerYaml()}) or build on the returned value with {@code
 * Rubric.builder().from(DefaultRubrics.productCustomer())}.
 *
 * <p>Thread-safe: the rubrics are immutable and loaded once.
 */
public final class DefaultRubrics {

  /** The class-path resource of the orientation rubric. */
  public static final String PRODUCT_CUSTOMER_RESOURCE =
      "/dev/centricity/rubric/product-customer-centricity.yaml";

  /** The class-path resource of the context rubric. */
  public static final String CONTEXT_RESOURCE = "/dev/centricity/rubric/centricity-context.yaml";

  /** The languages the default rubrics' texts ship in: the rubrics' own, English, first. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");

  private DefaultRubrics() {}

  /**
   * The orientation rubric with its translations.
   *
   * @return its texts in every language of {@link #LANGUAGES}, the same instance on every call
   */
  public static RubricTexts productCustomerTexts() {
    return ProductCustomerTexts.TEXTS;
  }

  /**
   * The context rubric with its translations.
   *
   * @return its texts in every language of {@link #LANGUAGES}, the same instance on every call
   */
  public static RubricTexts contextTexts() {
    return ContextTexts.TEXTS;
  }

  /**
   * A default rubric by its id.
   *
   * @param rubricId {@code product-customer-centricity} or {@code centricity-context}
   * @return the rubric, or empty for any other id
   */
  public static Optional<Rubric> byId(String rubricId) {
    return texts(rubricId).map(RubricTexts::rubric);
  }

  /**
   * A default rubric's texts by its id.
   *
   * @param rubricId {@code product-customer-centricity} or {@code centricity-context}
   * @return the rubric with its translations, or empty for any other id
   */
  public static Optional<RubricTexts> texts(String rubricId) {
    switch (rubricId) {
      case "product-customer-centricity":
        return Optional.of(productCustomerTexts());
      case "centricity-context":
        return Optional.of(contextTexts());
      default:
        return Optional.empty();
    }
  }

  /**
   * The class-path resource of a default rubric's translation.
   *
   * @param rubricId the rubric's id
   * @param language a language of {@link #LANGUAGES} other than English
   * @return the resource's path, such as {@code /dev/centricity/rubric/centricity-context.de.yaml}
   */
  public static String translationResource(String rubricId, String language) {
    return "/dev/centricity/rubric/" + rubricId + "." + language + ".yaml";
  }

  /**
   * The orientation rubric, {@code product-customer-centricity} 1.0.1.
   *
   * @return the validated rubric, the same instance on every call
   */
  public static Rubric productCustomer() {
    return ProductCustomer.RUBRIC;
  }

  /**
   * The context rubric, {@code centricity-context} 1.0.1, whose index is the orientation the
   * business's situation recommends.
   *
   * @return the validated rubric, the same instance on every call
   */
  public static Rubric context() {
    return Context.RUBRIC;
  }

  /**
   * The orientation rubric's YAML text, to copy and derive from.
   *
   * @return the file as shipped
   */
  public static String productCustomerYaml() {
    return text(PRODUCT_CUSTOMER_RESOURCE);
  }

  /**
   * The context rubric's YAML text.
   *
   * @return the file as shipped
   */
  public static String contextYaml() {
    return text(CONTEXT_RESOURCE);
  }

  static Rubric load(String resource) {
    try (InputStream in = open(resource)) {
      return RubricFormat.read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream open(String resource) {
    InputStream in = DefaultRubrics.class.getResourceAsStream(resource);
    if (in == null) {
      throw new CentricityException("resource " + resource + " is missing from the class path");
    }
    return in;
  }

  static RubricTexts withTranslations(Rubric rubric) {
    List<Translation> translations = new ArrayList<>();
    for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
      String resource = translationResource(rubric.id(), language);
      try (InputStream in = open(resource)) {
        translations.add(TranslationFormat.read(in, resource));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return RubricTexts.of(rubric, translations);
  }

  private static final class ProductCustomer {
    static final Rubric RUBRIC = load(PRODUCT_CUSTOMER_RESOURCE);
  }

  private static final class Context {
    static final Rubric RUBRIC = load(CONTEXT_RESOURCE);
  }

  // Separate holders, so that a host (or the tool) that needs only a rubric never reads its
  // translations.
  private static final class ProductCustomerTexts {
    static final RubricTexts TEXTS = withTranslations(ProductCustomer.RUBRIC);
  }

  private static final class ContextTexts {
    static final RubricTexts TEXTS = withTranslations(Context.RUBRIC);
  }
}
