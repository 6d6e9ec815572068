package dev.centricity.examples.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Dimension;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.rubric.DefaultRubrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountScoringTest {

  static final Rubric RUBRIC = AccountScoring.rubric();
  static final Scorer SCORER = Scorer.of(RUBRIC);
  static final List<Trait> TRAITS = RUBRIC.allTraits();
  static final Path SAMPLE =
      Path.of("src/main/resources/dev/centricity/examples/hosts/accounts-sample.csv");

  @TempDir Path dir;

  @Test
  void should_derive_the_b2b_rubric_from_the_default_in_code() {
    // GIVEN the default rubric, nine dimensions and 49 traits
    Rubric base = DefaultRubrics.productCustomer();

    // WHEN
    Rubric b2b = AccountScoring.rubric();

    // THEN organisation (6 traits) is dropped and two traits are added: 49 − 6 + 2 = 45
    assertThat(b2b.id()).isEqualTo("b2b-account-centricity");
    assertThat(b2b.dimensions())
        .extracting(Dimension::id)
        .doesNotContain("organisation")
        .hasSize(8);
    assertThat(b2b.allTraits()).hasSize(45);
    // service is weighted 1.5 and ends with the two new traits, keyed to opposite poles, so its
    // product-keyed weight (3 + 1) still equals its customer-keyed weight (3 + 1)
    Dimension service = b2b.dimension("service").orElseThrow();
    assertThat(service.weight()).isEqualTo(1.5);
    assertThat(service.traits())
        .extracting(Trait::id)
        .endsWith(AccountScoring.JOINT_ACCOUNT_PLAN, AccountScoring.NEW_CONTRACT_TARGETS);
    assertThat(keyedWeight(service, "product"))
        .isEqualTo(keyedWeight(service, "customer"))
        .isEqualTo(4.0);
    // the new traits cite claims of the default rubric's own references
    assertThat(b2b.trait(AccountScoring.JOINT_ACCOUNT_PLAN).orElseThrow().sources())
        .containsExactly(Source.of("B", "B12"), Source.of("A", "A7"));
    assertThat(b2b.trait(AccountScoring.NEW_CONTRACT_TARGETS).orElseThrow().sources())
        .containsExactly(Source.of("A", "A1", "A11"));
    assertThat(b2b.references()).isEqualTo(base.references());
    // every other dimension is the default's, untouched
    for (Dimension d : b2b.dimensions()) {
      if (!d.id().equals("service")) {
        assertThat(d).isEqualTo(base.dimension(d.id()).orElseThrow());
      }
    }
    assertThat(b2b.examples())
        .extracting(e -> e.name())
        .containsExactly("account-management-only", "relationship-outweighs-volume");
  }

  private static double keyedWeight(Dimension d, String pole) {
    return d.traits().stream()
        .filter(t -> t.keyed().map(pole::equals).orElse(false))
        .mapToDouble(Trait::weight)
        .sum();
  }

  @Test
  void should_weigh_service_one_and_a_half_times_a_product_centric_dimension() {
    // GIVEN service answered fully customer-centric and measures fully product-centric
    Map<String, Integer> points = new LinkedHashMap<>();
    for (Trait t : RUBRIC.dimension("service").orElseThrow().traits()) {
      points.put(t.id(), t.keyed().orElseThrow().equals("customer") ? 5 : 1);
    }
    for (Trait t : RUBRIC.dimension("measures").orElseThrow().traits()) {
      points.put(t.id(), t.keyed().map(p -> p.equals("product") ? 5 : 1).orElse(1));
    }

    // WHEN
    Scorecard card = SCORER.score(Response.ofPoints(points));

    // THEN (1.5 · (+1) + 1 · (−1)) / (1.5 + 1) = 0.2, on the boundary, so Balanced (nearer 0)
    assertThat(card.index().getAsDouble()).isCloseTo(0.2, offset(1e-12));
    assertThat(card.band()).contains("Balanced");
  }

  @Test
  void should_score_thousands_of_accounts_in_input_order_keeping_every_bad_row() throws Exception {
    // GIVEN 3,000 accounts, every 97th row bad in one of three ways
    Accounts accounts = Accounts.generate(3_000, 42L);
    Path in = dir.resolve("accounts.csv");
    Path out = dir.resolve("scored.csv");
    Files.writeString(in, accounts.csv());

    // WHEN scored on four threads in chunks of 64 rows (47 chunks, up to 8 in flight)
    BatchResult result = AccountScoring.of(SCORER, 4).withChunkSize(64).score(in, out);

    // THEN rows out = rows in, in input order, each with its input line (the header is line 1)
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo(String.join(",", AccountScoring.COLUMNS));
    assertThat(lines).hasSize(3_000 + 1);
    assertThat(result.rows()).isEqualTo(3_000);
    for (int i = 0; i < 3_000; i++) {
      List<String> f = fields(lines.get(i + 1));
      assertThat(f).hasSize(AccountScoring.COLUMNS.size());
      assertThat(f.get(0)).isEqualTo(accounts.names.get(i));
      assertThat(f.get(1)).isEqualTo(Integer.toString(i + 2));
    }
    // rows 13, 110, 207, … (i % 97 == 13) are bad: 31 of them, reasons as the reader gives them
    List<Integer> bad = accounts.badRows();
    assertThat(bad).hasSize(31);
    assertThat(result.setAside()).isEqualTo(31);
    assertThat(result.scored()).isEqualTo(3_000 - 31);
    assertThat(result.setAsideRows())
        .extracting(ScoredAccount::line)
        .containsExactlyElementsOf(
            bad.stream().map(i -> (long) i + 2).collect(Collectors.toList()));
    for (int i = 0; i < 3_000; i++) {
      String error = fields(lines.get(i + 1)).get(8);
      switch (accounts.kind(i)) {
        case 0 -> assertThat(error).contains("answer 6 is outside the scale");
        case 1 -> assertThat(error).contains("'x' is not an answer");
        case 2 -> assertThat(error).contains("the row has 21 fields but the header has 46");
        default -> assertThat(error).isEmpty();
      }
    }
  }

  @Test
  void should_give_in_parallel_exactly_what_scoring_each_row_in_turn_gives() throws Exception {
    // GIVEN 2,000 accounts
    Accounts accounts = Accounts.generate(2_000, 7L);
    Path in = dir.resolve("accounts.csv");
    Path out = dir.resolve("scored.csv");
    Files.writeString(in, accounts.csv());

    // WHEN scored on eight threads, and again one row at a time on this thread
    AccountScoring.of(SCORER, 8).withChunkSize(16).score(in, out);
    List<String> sequential = new ArrayList<>();
    try (CohortRows rows = AccountScoring.openAccounts(SCORER, in)) {
      for (CohortRow row : rows) {
        sequential.add(AccountScoring.scoreRow(SCORER, row).toCsv());
      }
    }

    // THEN the two are equal line for line ...
    List<String> parallel = Files.readAllLines(out);
    assertThat(parallel.subList(1, parallel.size())).containsExactlyElementsOf(sequential);
    // ... and every good row carries the scorer's own figures for the answers generated, exactly
    for (int i = 0; i < 2_000; i++) {
      if (accounts.kind(i) >= 0) {
        continue;
      }
      Scorecard card = SCORER.score(Response.ofPoints(accounts.answers.get(i)));
      List<String> f = fields(parallel.get(i + 1));
      assertThat(Double.parseDouble(f.get(2))).isEqualTo(card.index().getAsDouble());
      assertThat(Double.parseDouble(f.get(3))).isEqualTo(card.score().getAsDouble());
      assertThat(f.get(4)).isEqualTo(card.band().orElseThrow());
      assertThat(f.get(5)).isEqualTo(card.quadrant().orElseThrow());
      assertThat(Double.parseDouble(f.get(6))).isEqualTo(card.alignment().getAsDouble());
      assertThat(Double.parseDouble(f.get(7))).isEqualTo(card.coverage());
    }
  }

  @Test
  void should_write_rows_that_can_be_checked_by_hand() throws Exception {
    // GIVEN the first three generated accounts: every answer at the midpoint, every answer at the
    // customer end, and a name with a comma and a quote in it
    Accounts accounts = Accounts.generate(5, 1L);
    Path in = dir.resolve("accounts.csv");
    Path out = dir.resolve("scored.csv");
    Files.writeString(in, accounts.csv());

    // WHEN
    AccountScoring.of(SCORER, 2).score(in, out);

    // THEN midpoints: index 0, score 50, Balanced; both strengths ½, not above the threshold ½,
    // so unfocused; every dimension at 0, so alignment 1 − 0 = 1; everything answered, coverage 1
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(1)).isEqualTo("acc-00000,2,0.0,50.0,Balanced,unfocused,1.0,1.0,");
    // customer end: index 1, score 100, strength customer 1 and product 0: customer-centric;
    // every dimension at +1, so alignment 1 (written exactly as computed: 1 to rounding, here
    // 0.9999999999999999, since the library never rounds)
    List<String> customer = fields(lines.get(2));
    assertThat(customer.subList(0, 6))
        .containsExactly(
            "acc-00001", "3", "1.0", "100.0", "Strongly customer-centric", "customer-centric");
    assertThat(Double.parseDouble(customer.get(6))).isCloseTo(1.0, offset(1e-12));
    assertThat(customer.subList(7, 9)).containsExactly("1.0", "");
    // the name is quoted, its quote doubled (RFC 4180)
    assertThat(lines.get(3)).startsWith("\"Hale, \"\"Hearty\"\" & Sons\",4,");
    assertThat(fields(lines.get(3)).get(0)).isEqualTo("Hale, \"Hearty\" & Sons");
  }

  @Test
  void should_refuse_a_file_without_an_account_column_and_leave_no_output() throws Exception {
    // GIVEN a file whose first column is called 'customer'
    Path in = dir.resolve("accounts.csv");
    Path out = dir.resolve("scored.csv");
    Files.writeString(in, "customer,focus.aim\nacme,3\n");

    // WHEN / THEN
    assertThatThrownBy(() -> AccountScoring.of(SCORER, 2).score(in, out))
        .isInstanceOf(CohortFormatException.class)
        .hasMessageContaining("accounts.csv")
        .hasMessageContaining("no 'account' column");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("accounts.csv");
    }
  }

  @Test
  void should_score_the_bundled_sample_and_report_what_it_set_aside() {
    // GIVEN the sample of 24 accounts shipped with the examples: three bad rows (an answer 7, the
    // word 'often', a row cut short) and one account that answered n/a throughout
    Path out = dir.resolve("scored.csv");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    // WHEN
    int code =
        AccountScoring.run(
            new String[] {"--threads", "3", SAMPLE.toString(), out.toString()},
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8));

    // THEN
    assertThat(code).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .contains("24 rows, 21 scored (1 undetermined), 3 set aside");
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("line 8 (account Granary Bakeries): column 'focus.customer-growth': answer 7")
        .contains("line 14 (account Millrace Energy)")
        .contains("line 21 (account Thistle Textiles): the row has 31 fields");
  }

  /** Splits a CSV line into fields, unquoting as RFC 4180 says. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    fields.add(f.toString());
    return fields;
  }

  /**
   * Generated accounts: row 0 answers every trait at 3, row 1 every trait at its customer end, row
   * 2 has a name with a comma and quotes; the rest answer at random, with about one answer in 30
   * n/a and one in 50 blank. Row i with i % 97 == 13 is bad: an answer 6, an 'x', or only 20
   * answers, in turn.
   */
  record Accounts(List<String> names, List<Map<String, Integer>> answers, List<String> lines) {

    static Accounts generate(int n, long seed) {
      Random random = new Random(seed);
      List<String> names = new ArrayList<>();
      List<Map<String, Integer>> answers = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String name = i == 2 ? "Hale, \"Hearty\" & Sons" : String.format("acc-%05d", i);
        Map<String, Integer> points = new LinkedHashMap<>();
        List<String> cells = new ArrayList<>();
        for (Trait t : TRAITS) {
          Integer p;
          if (i == 0) {
            p = 3;
          } else if (i == 1) {
            p = t.keyed().map(k -> k.equals("customer") ? 5 : 1).orElse(5);
          } else {
            double u = random.nextDouble();
            p = u < 1.0 / 30 ? null : u < 1.0 / 30 + 1.0 / 50 ? -1 : 1 + random.nextInt(5);
          }
          if (p == null) {
            cells.add("n/a");
          } else if (p == -1) {
            cells.add("");
          } else {
            cells.add(Integer.toString(p));
            points.put(t.id(), p);
          }
        }
        int kind = kindOf(i);
        if (kind == 0) {
          cells.set(random.nextInt(cells.size()), "6");
        } else if (kind == 1) {
          cells.set(random.nextInt(cells.size()), "x");
        } else if (kind == 2) {
          cells = cells.subList(0, 20);
        }
        names.add(name);
        answers.add(points);
        lines.add(HostText.csvField(name) + "," + String.join(",", cells));
      }
      return new Accounts(names, answers, lines);
    }

    /** −1 for a good row; 0, 1 or 2 for the kind of a bad one. */
    static int kindOf(int i) {
      return i % 97 == 13 ? (i / 97) % 3 : -1;
    }

    int kind(int i) {
      return kindOf(i);
    }

    List<Integer> badRows() {
      List<Integer> bad = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        if (kind(i) >= 0) {
          bad.add(i);
        }
      }
      return bad;
    }

    String csv() {
      return "account,"
          + TRAITS.stream().map(Trait::id).collect(Collectors.joining(","))
          + "\n"
          + String.join("\n", lines)
          + "\n";
    }
  }
}
