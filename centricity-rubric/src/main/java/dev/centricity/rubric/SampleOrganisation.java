package dev.centricity.rubric;

import dev.centricity.core.Response;
import dev.centricity.core.io.ResponseFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Three fictional organisations with complete answers to both default rubrics, for examples,
 * documentation and tests.
 */
public enum SampleOrganisation {
  /** A maker of disposable tableware: product-centric, and fittingly so for its market. */
  TABLEWARE("tableware"),
  /** A customer-obsessed online retailer. */
  ONLINE_RETAILER("online-retailer"),
  /** A firm that talks about customers while it rewards sales volume: its dimensions disagree. */
  SALES_TALK("sales-talk");

  private final String file;

  SampleOrganisation(String file) {
    this.file = file;
  }

  /** The sample's answers to {@link DefaultRubrics#productCustomer()}. */
  public Response orientation() {
    return read(file + "-orientation.json");
  }

  /** The sample's answers to {@link DefaultRubrics#context()}. */
  public Response context() {
    return read(file + "-context.json");
  }

  /** The class-path resource of the sample's orientation response, as JSON. */
  public String orientationResource() {
    return "/dev/centricity/rubric/samples/" + file + "-orientation.json";
  }

  private static Response read(String name) {
    String resource = "/dev/centricity/rubric/samples/" + name;
    try (InputStream in = DefaultRubrics.open(resource)) {
      return ResponseFormat.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
