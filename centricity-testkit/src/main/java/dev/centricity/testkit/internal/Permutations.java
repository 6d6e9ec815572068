package dev.centricity.testkit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Permutations drawn as priorities, independently of what they permute, so that jqwik shrinks the
 * permutation and the rubric or response separately: all-zero priorities keep the order, and a
 * counterexample shrinks towards the fewest elements moved.
 */
public final class Permutations {

  private Permutations() {}

  /**
   * Orders items by the priority at their position (modulo the number of priorities), ties in their
   * original order.
   *
   * @param items the items
   * @param priorities the priorities, at least one
   * @param <T> the items' type
   * @return the items reordered
   */
  public static <T> List<T> order(List<T> items, List<Integer> priorities) {
    List<Integer> positions =
        IntStream.range(0, items.size())
            .boxed()
            .sorted(
                Comparator.comparingInt((Integer i) -> priorities.get(i % priorities.size()))
                    .thenComparingInt(i -> i))
            .toList();
    List<T> ordered = new ArrayList<>(items.size());
    for (int i : positions) {
      ordered.add(items.get(i));
    }
    return ordered;
  }
}
