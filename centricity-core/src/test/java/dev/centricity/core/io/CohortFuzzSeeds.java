package dev.centricity.core.io;

import dev.centricity.core.Rubric;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.io.CsvMutations.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The valid cohort files {@link CohortFuzzProperties} starts from, under {@code
 * src/test/resources/fuzz/cohorts/}, each with the rubric of {@code fuzz/rubrics/} it was written
 * for, smallest first so that jqwik shrinks towards the smallest seed that still fails.
 *
 * <p>Between them they have a respondent column or none, a group column (spelt {@code group} or
 * {@code Group}) or none, columns in the rubric's order and out of it, LF and CRLF line ends, a
 * byte-order mark, quoted fields with commas, doubled quotes and line breaks, padded cells, empty
 * cells, {@code n/a} in both cases and a whole number written {@code 4.0}.
 */
final class CohortFuzzSeeds {

  private CohortFuzzSeeds() {}

  /**
   * A valid cohort file.
   *
   * @param name the file name
   * @param text the file's text, exactly
   * @param table the file as records, for table-level mutations; never changed
   * @param rubric the rubric its columns name
   * @param weight how often the seed is picked, relative to the others
   */
  record Seed(String name, String text, Table table, Rubric rubric, int weight) {
    /** Seeds are told apart by name; jqwik may hash them. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Seed s && s.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Cohort files and the rubric file of each. */
  private static final Map<String, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put("halves.csv", "halves.yaml");
    FILES.put("two-poles-crlf.csv", "two-poles.yaml");
    FILES.put("every-feature-teams.csv", "every-feature.yaml");
    FILES.put("three-poles-quoted.csv", "three-poles.yaml");
    FILES.put("two-poles-teams.csv", "two-poles.yaml");
    FILES.put("product-customer-centricity-survey.csv", "product-customer-centricity.yaml");
  }

  private static final List<Seed> SEEDS = new ArrayList<>();

  static {
    Map<String, Rubric> rubrics = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : FILES.entrySet()) {
      Rubric rubric =
          rubrics.computeIfAbsent(
              e.getValue(), f -> RubricFormat.fromYaml(FuzzSeeds.resource("rubrics/" + f)));
      String text = FuzzSeeds.resource("cohorts/" + e.getKey());
      CsvReference.Parsed parsed = CsvReference.parse(text);
      if (!parsed.wellFormed()) {
        throw new IllegalStateException(e.getKey() + " is not RFC 4180: " + parsed.anomaly());
      }
      checkValid(e.getKey(), text, rubric, parsed.records().size() - 1);
      // The large survey takes several times as long to read as the others.
      int weight = text.length() < 2_000 ? 3 : 1;
      SEEDS.add(new Seed(e.getKey(), text, Table.of(text, parsed.records()), rubric, weight));
    }
  }

  /** Fails unless every row of the seed is a member: a seed must start from a valid file. */
  private static void checkValid(String name, String text, Rubric rubric, int rows) {
    List<CohortRow> read = new ArrayList<>();
    try (CohortRows r = CohortReader.of(rubric).fromString(text)) {
      r.forEach(read::add);
    }
    if (read.size() != rows || read.stream().anyMatch(CohortRow::isError)) {
      throw new IllegalStateException(name + " is not a valid cohort: " + read);
    }
  }

  /** The seeds, smallest first. */
  static List<Seed> all() {
    return List.copyOf(SEEDS);
  }
}
