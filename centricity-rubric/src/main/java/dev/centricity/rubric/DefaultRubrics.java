package dev.centricity.rubric;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Rubric;
import dev.centricity.core.io.RubricFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The rubrics that ship with Centricity, read from YAML resources inside this jar, validated
 * (worked examples included) on first use and cached.
 *
 * <ul>
 *   <li>{@link #productCustomer()} — {@code product-customer-centricity} 1.0.0: where an
 *       organisation stands between product-centric and customer-centric, in nine equally weighted
 *       dimensions;
 *   <li>{@link #context()} — {@code centricity-context} 1.0.0: which orientation the business's
 *       situation calls for (its index is the <i>recommended</i> orientation).
 * </ul>
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

  private DefaultRubrics() {}

  /**
   * The orientation rubric, {@code product-customer-centricity} 1.0.0.
   *
   * @return the validated rubric, the same instance on every call
   */
  public static Rubric productCustomer() {
    return ProductCustomer.RUBRIC;
  }

  /**
   * The context rubric, {@code centricity-context} 1.0.0, whose index is the orientation the
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

  private static final class ProductCustomer {
    static final Rubric RUBRIC = load(PRODUCT_CUSTOMER_RESOURCE);
  }

  private static final class Context {
    static final Rubric RUBRIC = load(CONTEXT_RESOURCE);
  }
}
