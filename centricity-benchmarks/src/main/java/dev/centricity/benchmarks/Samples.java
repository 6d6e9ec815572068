package dev.centricity.benchmarks;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortMember;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Respondents for the cohort benchmarks: each of {@code groups} teams has its own lean, every
 * respondent answers around it, and about one answer in fifty is left blank.
 */
final class Samples {

  private Samples() {}

  /** The point a respondent of team {@code g} gives trait {@code t}. */
  static int point(SplittableRandom random, int g, int t, int n) {
    if (random.nextInt(50) == 0) {
      return 0;
    }
    int lean = (g * 7 + t) % n;
    int v = lean + random.nextInt(3) - 1;
    return Math.max(1, Math.min(n, v + 1));
  }

  static Cohort cohort(Rubric rubric, int size, int groups, long seed) {
    List<Trait> traits = rubric.allTraits();
    int[] points = points(rubric);
    SplittableRandom random = new SplittableRandom(seed);
    List<CohortMember> members = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int g = i % groups;
      Map<String, Answer> answers = new LinkedHashMap<>();
      for (int t = 0; t < traits.size(); t++) {
        int p = point(random, g, t, points[t]);
        answers.put(traits.get(t).id(), p == 0 ? Answer.blank() : Answer.of(p));
      }
      Response response = Response.builder().respondent("r" + i).answers(answers).build();
      members.add(CohortMember.of(response, "team-" + g));
    }
    return Cohort.of(members);
  }

  /** Writes a cohort CSV (respondent, group, one column per trait) of {@code rows} rows. */
  static Path csv(Rubric rubric, int rows, int groups, long seed) throws IOException {
    List<Trait> traits = rubric.allTraits();
    int[] points = points(rubric);
    Path file = Files.createTempFile("centricity-cohort-", ".csv");
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("respondent,group");
      for (Trait t : traits) {
        w.write(',');
        w.write(t.id());
      }
      w.write('\n');
      StringBuilder line = new StringBuilder(256);
      for (int i = 0; i < rows; i++) {
        int g = i % groups;
        line.setLength(0);
        line.append('r').append(i).append(",team-").append(g);
        for (int t = 0; t < traits.size(); t++) {
          int p = point(random, g, t, points[t]);
          line.append(',');
          if (p > 0) {
            line.append(p);
          }
        }
        line.append('\n');
        w.append(line);
      }
    }
    return file;
  }

  private static int[] points(Rubric rubric) {
    List<Trait> traits = rubric.allTraits();
    int[] points = new int[traits.size()];
    for (int t = 0; t < points.length; t++) {
      points[t] = rubric.scale(traits.get(t).scale()).orElseThrow().size();
    }
    return points;
  }
}
