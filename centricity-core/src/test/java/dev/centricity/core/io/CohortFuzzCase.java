package dev.centricity.core.io;

import dev.centricity.core.io.CohortFuzzSeeds.Seed;
import dev.centricity.core.io.CsvMutations.Table;
import dev.centricity.core.io.CsvMutations.TableMutation;
import dev.centricity.core.io.CsvMutations.TextMutation;
import dev.centricity.core.io.FuzzProperties.NamedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * One cohort fuzz input: a seed file, the policy and group column it is read with, the table-level
 * mutations applied to its records (after which the table is written again as RFC 4180), then the
 * text-level mutations applied to its UTF-8 bytes.
 *
 * <p>Its {@link #toString()} is what jqwik prints as the counterexample; {@link #describe()} adds
 * the file itself as a Java expression that can be pasted into a regression test. Bytes and text
 * are converted as in {@link FuzzCase}.
 */
final class CohortFuzzCase {

  private final Seed seed;
  private final int policy;
  private final String groupColumn;
  private final List<TableMutation> tableMutations;
  private final List<TextMutation> textMutations;
  private byte[] bytes;
  private String text;
  private int dataRecords;

  CohortFuzzCase(
      Seed seed,
      int policy,
      String groupColumn,
      List<TableMutation> tableMutations,
      List<TextMutation> textMutations) {
    this.seed = seed;
    this.policy = policy;
    this.groupColumn = groupColumn;
    this.tableMutations = List.copyOf(tableMutations);
    this.textMutations = List.copyOf(textMutations);
  }

  /**
   * Cases whose files stay well formed: one table-level mutation about half the time, two to four
   * otherwise, and now and then none (which checks the seeds against the oracle).
   */
  static Arbitrary<CohortFuzzCase> wellFormed(List<Seed> seeds) {
    Arbitrary<TableMutation> table = CsvMutations.tableMutations();
    Arbitrary<List<TableMutation>> mutations =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(List.<TableMutation>of())),
            Tuple.of(20, table.map(List::of)),
            Tuple.of(19, table.list().ofMinSize(2).ofMaxSize(4)));
    return cases(seeds, mutations.map(m -> Tuple.of(m, List.<TextMutation>of())));
  }

  /**
   * Cases with one to three text-level mutations (one about half the time), on top of up to two
   * table-level ones.
   */
  static Arbitrary<CohortFuzzCase> withTextMutations(List<Seed> seeds) {
    Arbitrary<TextMutation> text = CsvMutations.textMutations();
    Arbitrary<List<TableMutation>> table = CsvMutations.tableMutations().list().ofMaxSize(2);
    Arbitrary<Tuple2<List<TableMutation>, List<TextMutation>>> mutations =
        Arbitraries.frequencyOf(
            Tuple.of(10, text.map(m -> Tuple.of(List.<TableMutation>of(), List.of(m)))),
            Tuple.of(
                9,
                Combinators.combine(table, text.list().ofMinSize(1).ofMaxSize(3)).as(Tuple::of)));
    return cases(seeds, mutations);
  }

  private static Arbitrary<CohortFuzzCase> cases(
      List<Seed> seeds, Arbitrary<Tuple2<List<TableMutation>, List<TextMutation>>> mutations) {
    List<Tuple2<Integer, Seed>> weighted = new ArrayList<>();
    seeds.forEach(s -> weighted.add(Tuple.of(s.weight(), s)));
    return Combinators.combine(
            Arbitraries.frequency(weighted),
            Arbitraries.integers().between(0, FuzzProperties.POLICIES.size() - 1),
            Arbitraries.frequency(Tuple.of(4, "group"), Tuple.of(1, "team")),
            mutations)
        .as((s, p, g, m) -> new CohortFuzzCase(s, p, g, m.get1(), m.get2()));
  }

  Seed seed() {
    return seed;
  }

  NamedPolicy policy() {
    return FuzzProperties.POLICIES.get(policy);
  }

  /** The column the reader takes groups from: {@code group}, or {@code team}. */
  String groupColumn() {
    return groupColumn;
  }

  /** Whether the file was written from records alone, so that it is well formed. */
  boolean wellFormedByConstruction() {
    return textMutations.isEmpty();
  }

  /** The records with fields after the header, when the file is well formed by construction. */
  int dataRecords() {
    document();
    return dataRecords;
  }

  /** The kinds of all mutations of this case, table-level first. */
  List<String> kinds() {
    List<String> kinds = new ArrayList<>();
    tableMutations.forEach(m -> kinds.add(m.kind().name()));
    textMutations.forEach(m -> kinds.add(m.kind()));
    return kinds;
  }

  /** The file's bytes, which may not be UTF-8. */
  byte[] bytes() {
    document();
    return bytes.clone();
  }

  /** The file as the {@code String} reader gets it. */
  String text() {
    document();
    return text;
  }

  private void document() {
    if (bytes != null) {
      return;
    }
    String written = seed.text();
    Table table = seed.table();
    if (!tableMutations.isEmpty()) {
      table = table.copy();
      for (TableMutation m : tableMutations) {
        m.apply(table);
      }
      written = table.write();
    }
    dataRecords = table.dataRecords();
    byte[] b = FuzzCase.encode(written);
    for (TextMutation m : textMutations) {
      b = m.apply(b);
    }
    bytes = b;
    text = FuzzCase.decode(b);
  }

  @Override
  public String toString() {
    List<Object> all = new ArrayList<>(tableMutations);
    all.addAll(textMutations);
    return String.format(
        Locale.ROOT,
        "%s read with policy '%s' and group column '%s', mutations %s",
        seed,
        policy().name(),
        groupColumn,
        all);
  }

  /** The case and its file, as a Java expression for a regression test. */
  String describe() {
    String doc = text();
    return String.format(
        Locale.ROOT,
        "%s%nfile of %d characters:%n%s",
        this,
        doc.length(),
        FuzzCase.javaExpression(doc, 40_000));
  }
}
