package dev.centricity.core.cohort.internal;

import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortSummary;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.internal.CompiledRubric;
import dev.centricity.core.internal.PositionalEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cohort analysis: every row scored and added to a {@link CohortAccumulator} (on the calling
 * thread, or in blocks on worker threads by a {@link ParallelPass}), then the report of what it
 * kept ({@link ReportAssembler}).
 *
 * <p>Immutable; each {@code analyse} call keeps its own state, so an instance may be shared.
 */
public final class CohortEngine implements CohortAnalysis {

  private static final Logger LOG = LoggerFactory.getLogger(CohortEngine.class);

  /** Rows per block handed to a worker thread; fixed, so that blocks do not depend on threads. */
  static final int BLOCK_ROWS = 1024;

  private static final int MAGIC = 0x43_53_55_4d; // "CSUM"
  private static final int FORMAT = 1;

  final Scorer scorer;
  private final double level;
  final CompiledRubric layout;
  private final int threads;
  private final int blockRows;
  private volatile String contentHash;

  /**
   * Creates the analysis on every core.
   *
   * @param scorer the scorer
   * @param level the confidence level, in (0, 1)
   * @throws IllegalArgumentException if the level is out of range
   */
  public CohortEngine(Scorer scorer, double level) {
    this(
        scorer,
        level,
        compiled(Objects.requireNonNull(scorer, "scorer")),
        Runtime.getRuntime().availableProcessors(),
        BLOCK_ROWS);
  }

  /** The scorer's own compiled rubric when it has one, so the rubric is compiled once. */
  static CompiledRubric compiled(Scorer scorer) {
    return scorer instanceof PositionalEngine e ? e.compiled() : CompiledRubric.of(scorer.rubric());
  }

  CohortEngine(Scorer scorer, double level, CompiledRubric layout, int threads, int blockRows) {
    Estimates.checkLevel(level);
    if (threads < 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "the number of threads must be at least 1 but was %d", threads));
    }
    this.scorer = scorer;
    this.level = level;
    this.layout = layout;
    this.threads = threads;
    this.blockRows = blockRows;
  }

  @Override
  public Scorer scorer() {
    return scorer;
  }

  @Override
  public double confidenceLevel() {
    return level;
  }

  @Override
  public CohortAnalysis withConfidenceLevel(double newLevel) {
    return new CohortEngine(scorer, newLevel, layout, threads, blockRows);
  }

  @Override
  public int threads() {
    return threads;
  }

  @Override
  public CohortAnalysis withThreads(int newThreads) {
    return new CohortEngine(scorer, level, layout, newThreads, blockRows);
  }

  /** The same analysis with blocks of another size: for tests of block boundaries. */
  CohortEngine withBlockRows(int rows) {
    return new CohortEngine(scorer, level, layout, threads, rows);
  }

  @Override
  public CohortSummary summary() {
    return new Summary(this, new CohortAccumulator(layout));
  }

  @Override
  public CohortSummary summary(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (bytes.length < 8 || in.readInt() != MAGIC) {
        throw new IllegalArgumentException("the bytes are not a cohort summary");
      }
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "the cohort summary is in format %d, but this version reads format %d",
                format,
                FORMAT));
      }
      String hash = in.readUTF();
      String policy = in.readUTF();
      if (!hash.equals(contentHash())) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "the cohort summary is of the rubric with content hash %s, but this analysis is of"
                    + " %s (%s)",
                hash,
                layout.rubric.reference(),
                contentHash()));
      }
      if (!policy.equals(scorer.policy().toString())) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "the cohort summary was made under the policy %s, but this analysis uses %s",
                policy,
                scorer.policy()));
      }
      CohortAccumulator acc = CohortAccumulator.read(layout, in);
      if (in.read() != -1) {
        throw new IllegalArgumentException("the cohort summary has bytes beyond its end");
      }
      return new Summary(this, acc);
    } catch (IOException e) {
      throw new IllegalArgumentException("the cohort summary is cut short or damaged: " + e, e);
    }
  }

  byte[] toBytes(CohortAccumulator acc) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(contentHash());
      out.writeUTF(scorer.policy().toString());
      acc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private String contentHash() {
    String hash = contentHash;
    if (hash == null) {
      hash = layout.rubric.contentHash();
      contentHash = hash;
    }
    return hash;
  }

  /** Whether summaries of the two analyses may merge: the same rubric and policy. */
  boolean compatible(CohortEngine other) {
    return (other.layout == layout || other.layout.rubric.equals(layout.rubric))
        && other.scorer.policy().equals(scorer.policy());
  }

  @Override
  public CohortReport analyse(Cohort cohort) {
    Objects.requireNonNull(cohort, "cohort");
    List<CohortMember> members = cohort.members();
    return run(
        () ->
            new java.util.Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < members.size();
              }

              @Override
              public CohortRow next() {
                CohortMember m = members.get(next++);
                return CohortRow.of(next, m);
              }
            },
        List.of());
  }

  @Override
  public CohortReport analyse(CohortRows rows) {
    Objects.requireNonNull(rows, "rows");
    if (rows instanceof PointRows csv
        && scorer instanceof PositionalEngine
        && csv.traitIds().equals(scorer.traitOrder())) {
      // The file's rows as points by trait position: no Response per row.
      CohortAccumulator acc;
      if (threads == 1) {
        OnePass pass = new OnePass();
        csv.stream(pass);
        acc = pass.acc;
      } else {
        try (ParallelPass pass = new ParallelPass(scorer, layout, threads, blockRows)) {
          PointRows.Pieces<?> pieces = csv.pieces();
          if (pieces != null) {
            acc = pass.run(pieces);
          } else {
            csv.stream(pass);
            acc = pass.finish();
          }
        }
      }
      return finish(acc, rows.warnings());
    }
    return run(rows, rows.warnings());
  }

  @Override
  public CohortReport analyse(Iterable<CohortRow> rows) {
    if (rows instanceof CohortRows r) {
      return analyse(r);
    }
    return run(Objects.requireNonNull(rows, "rows"), List.of());
  }

  private CohortReport run(Iterable<CohortRow> rows, List<CohortWarning> headerWarnings) {
    CohortAccumulator acc;
    if (threads == 1) {
      acc = new CohortAccumulator(layout);
      RowScorer scoring = new RowScorer(scorer, layout);
      for (CohortRow row : rows) {
        scoring.add(acc, row);
      }
    } else {
      try (ParallelPass pass = new ParallelPass(scorer, layout, threads, blockRows)) {
        for (CohortRow row : rows) {
          pass.add(row);
        }
        acc = pass.finish();
      }
    }
    return finish(acc, headerWarnings);
  }

  CohortReport finish(CohortAccumulator acc, List<CohortWarning> headerWarnings) {
    CohortReport report = ReportAssembler.report(acc, scorer.policy(), level, headerWarnings);
    LOG.debug(
        "analysed a cohort of {} rows ({} scored, {} rejected, {} groups) with rubric {}",
        report.rows(),
        report.respondents(),
        report.rejected(),
        report.groups().size(),
        layout.rubric.reference());
    return report;
  }

  /** The rows of a file as points, summarised on the calling thread. */
  private final class OnePass implements PointRows.Sink {
    final CohortAccumulator acc = new CohortAccumulator(layout);
    final RowScorer scoring = new RowScorer(scorer, layout);

    @Override
    public void member(
        long line,
        java.util.Optional<String> respondent,
        java.util.Optional<String> group,
        int[] points) {
      scoring.add(acc, line, respondent, group, points);
    }

    @Override
    public void error(dev.centricity.core.cohort.RowError error) {
      acc.reject(error);
    }
  }
}
