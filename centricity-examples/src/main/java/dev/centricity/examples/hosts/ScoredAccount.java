package dev.centricity.examples.hosts;

import static dev.centricity.examples.hosts.HostText.csvField;
import static dev.centricity.examples.hosts.HostText.plain;

import dev.centricity.core.Scorecard;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of the scored CSV: the figures of a scored account, or the reason its row was set aside.
 *
 * @param line the line of the input the row starts on (the header is line 1)
 * @param account the account named by the row, when it names one
 * @param index the index I, when the scorecard is determined
 * @param score the 0–100 score 50(I + 1), when determined
 * @param band the band of the index, when determined
 * @param quadrant the quadrant of the pole strengths, when determined
 * @param alignment how consistent the dimensions are, when determined
 * @param coverage the weighted share of the rubric answered; 0 for a row set aside
 * @param error why the row was set aside; empty for a scored row
 */
public record ScoredAccount(
    long line,
    Optional<String> account,
    OptionalDouble index,
    OptionalDouble score,
    Optional<String> band,
    Optional<String> quadrant,
    OptionalDouble alignment,
    double coverage,
    Optional<String> error) {

  /**
   * The figures of a scorecard.
   *
   * @param line the input line
   * @param card the scorecard; its respondent is the account
   * @return the row
   */
  public static ScoredAccount of(long line, Scorecard card) {
    return new ScoredAccount(
        line,
        card.respondent(),
        card.index(),
        card.score(),
        card.band(),
        card.quadrant(),
        card.alignment(),
        card.coverage(),
        Optional.empty());
  }

  /**
   * A row set aside.
   *
   * @param line the input line
   * @param account the account, when the row names one
   * @param reason why the row could not be scored
   * @return the row
   */
  public static ScoredAccount setAside(long line, Optional<String> account, String reason) {
    return new ScoredAccount(
        line,
        account,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalDouble.empty(),
        0.0,
        Optional.of(reason));
  }

  /**
   * Whether the row was set aside.
   *
   * @return true when {@link #error()} is present
   */
  public boolean isSetAside() {
    return error.isPresent();
  }

  /**
   * The row as a line of the scored CSV, in the order of {@link AccountScoring#COLUMNS}, fields
   * quoted as RFC 4180 requires, without a line end.
   *
   * @return the line
   */
  public String toCsv() {
    StringBuilder b = new StringBuilder(96);
    b.append(csvField(account.orElse(""))).append(',').append(line).append(',');
    b.append(plain(index)).append(',').append(plain(score)).append(',');
    b.append(csvField(band.orElse("")))
        .append(',')
        .append(csvField(quadrant.orElse("")))
        .append(',');
    b.append(plain(alignment)).append(',');
    b.append(error.isPresent() ? "" : plain(coverage)).append(',');
    b.append(csvField(error.orElse("")));
    return b.toString();
  }

  /** The error as one line: {@code line 17 (account acme): reason}. */
  String describe() {
    return "line "
        + line
        + account.map(a -> " (account " + a + ")").orElse("")
        + ": "
        + error.orElse("");
  }
}
