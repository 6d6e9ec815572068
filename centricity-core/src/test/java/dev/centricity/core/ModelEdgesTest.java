package dev.centricity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.internal.CanonicalForm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specifies the edges of the model that issue 18 found accepted: band boundaries and widths judged
 * with the same 1e-9 tolerance that places an index in a band, bands on a rubric of three poles
 * (which has no index), blank or repeated point labels, ids outside ASCII (the rule is ASCII, and
 * the message now says so), texts holding half of a character, and the content hash of a rubric
 * whose canonical text is hashed piece by piece (docs/model.md, Bands and Identity).
 */
class ModelEdgesTest {

  private static final Scale AGREE5 =
      Scale.of("agree5", "Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree");

  private static Rubric.Builder valid() {
    return Rubric.builder()
        .id("pc")
        .version("1.0.0")
        .addPoles(Pole.of("product", "Product-centric"), Pole.of("customer", "Customer-centric"))
        .addScales(AGREE5)
        .addDimensions(
            Dimension.builder()
                .id("rewards")
                .addTraits(
                    Trait.keyed(
                        "rewards.volume", "Bonuses follow units sold.", "product", "agree5"),
                    Trait.keyed("rewards.insight", "Insight is rewarded.", "customer", "agree5"))
                .build());
  }

  private static List<Problem> problemsOf(Rubric.Builder builder) {
    Throwable thrown = catchThrowable(builder::build);
    assertThat(thrown).isExactlyInstanceOf(RubricValidationException.class);
    return ((RubricValidationException) thrown).problems();
  }

  @Test
  void should_refuse_a_band_boundary_within_the_tolerance_of_zero() {
    // GIVEN: a boundary at -1e-300; 0 lies within 1e-9 of it, so it was on it and went one way
    Rubric.Builder b =
        valid()
            .bands(List.of(Band.of("Product", -1.0, -1e-300), Band.of("Customer", -1e-300, 1.0)));

    // WHEN
    List<Problem> problems = problemsOf(b);

    // THEN
    assertThat(problems).extracting(Problem::path).containsExactly("/bands/1/from");
    assertThat(problems.get(0).message())
        .contains("the band boundary -1.0E-300 lies within 1.0E-9 of 0", "'Product' or 'Customer'");
  }

  @Test
  void should_refuse_a_band_no_narrower_than_twice_the_tolerance() {
    // GIVEN: a band 1e-9 wide: every value in it is within 1e-9 of one of its ends
    Rubric.Builder b =
        valid()
            .bands(
                List.of(
                    Band.of("Low", -1.0, 0.5),
                    Band.of("Sliver", 0.5, 0.5 + 1e-9),
                    Band.of("High", 0.5 + 1e-9, 1.0)));

    // WHEN
    List<Problem> problems = problemsOf(b);

    // THEN
    assertThat(problems).extracting(Problem::path).containsExactly("/bands/1");
    assertThat(problems.get(0).message())
        .contains("band 'Sliver'", "must be wider than 2.0E-9", "no index could fall in it");
  }

  @Test
  void should_accept_a_band_just_wider_than_twice_the_tolerance() {
    // GIVEN: 3e-9 wide, so its middle is 1.5e-9 from both ends and belongs to it
    Rubric r =
        valid()
            .bands(
                List.of(
                    Band.of("Low", -1.0, 0.5),
                    Band.of("Narrow", 0.5, 0.5 + 3e-9),
                    Band.of("High", 0.5 + 3e-9, 1.0)))
            .build();

    // THEN
    assertThat(r.bands()).hasSize(3);
  }

  @Test
  void should_refuse_bands_on_a_rubric_of_three_poles() {
    // GIVEN: bands name ranges of the index, which only two poles have (docs/model.md)
    Rubric.Builder b =
        valid()
            .addPoles(Pole.of("society", "Society"))
            .bands(List.of(Band.of("Low", -1.0, 0.5), Band.of("High", 0.5, 1.0)));

    // WHEN
    List<Problem> problems = problemsOf(b);

    // THEN
    assertThat(problems).extracting(Problem::path).containsExactly("/bands");
    assertThat(problems.get(0).message()).contains("this rubric has 3 poles", "remove them");
  }

  @Test
  void should_refuse_blank_and_repeated_point_labels_with_their_paths() {
    // GIVEN: point 2 blank, point 4 repeating point 1 (after trimming)
    Rubric.Builder b =
        valid().scales(List.of(Scale.of("agree5", "No", " ", "Maybe", "No ", "Yes")));

    // WHEN
    List<Problem> problems = problemsOf(b);

    // THEN
    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly("/scales/0/points/1", "/scales/0/points/3");
    assertThat(problems.get(0).message())
        .isEqualTo("point 2 of scale 'agree5' needs a label but it is blank");
    assertThat(problems.get(1).message())
        .isEqualTo(
            "point 4 of scale 'agree5' has the label 'No ' of point 1: each point needs its own"
                + " label");
  }

  @ParameterizedTest
  @ValueSource(strings = {"é-rubric", "rubrique-é", "ид", "pc\u00A0x"})
  void should_say_ascii_when_an_id_has_a_letter_outside_ascii(String id) {
    // WHEN
    List<Problem> problems = problemsOf(valid().id(id));

    // THEN: the rule and its message agree: ASCII letters only
    assertThat(problems).extracting(Problem::path).containsExactly("/id");
    assertThat(problems.get(0).message())
        .startsWith(
            "rubric id must start with an ASCII letter (A-Z, a-z) or digit and use only ASCII"
                + " letters, digits, '.', '_', '-' or ':'");
  }

  @Test
  void should_refuse_a_lone_surrogate_in_any_text_with_its_path() {
    // GIVEN: two titles that UTF-8 would both write as "A?" (and hash alike)
    Rubric.Builder b = valid().title("A\uD800").scales(List.of(Scale.of("agree5", "a", "b\uDC00")));

    // WHEN
    List<Problem> problems = problemsOf(b);

    // THEN
    assertThat(problems).extracting(Problem::path).containsExactly("/title", "/scales/0/points/1");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "the text holds half of a character, a lone surrogate U+D800 (written \\uD800): only"
                + " whole Unicode characters are allowed");
  }

  @ParameterizedTest
  @ValueSource(ints = {8_180, 8_190, 8_191, 8_192, 8_193, 20_000})
  void should_hash_the_canonical_text_piece_by_piece_to_the_hash_of_the_whole(int padding)
      throws Exception {
    // GIVEN: a rubric whose canonical text puts an emoji (a surrogate pair) and 'é' around the
    // boundaries where the text is handed to the digest
    String statement = "x".repeat(padding) + "\uD83D\uDE00é" + "y".repeat(padding);
    Rubric r =
        Rubric.builder()
            .from(valid().build())
            .description(statement)
            .title("\uD83D\uDE00".repeat(5_000))
            .build();

    // WHEN
    String hash = CanonicalForm.hash(r);

    // THEN: the SHA-256 of the whole canonical text's UTF-8 bytes
    byte[] whole = CanonicalForm.of(r).getBytes(StandardCharsets.UTF_8);
    assertThat(hash)
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(whole)));
  }
}
