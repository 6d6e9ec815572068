package dev.centricity.core.internal;

import static dev.centricity.core.internal.ScoredCard.checkIndex;

import dev.centricity.core.Contribution;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/** The contributions of the counted traits as views made when read (see {@link DimensionViews}). */
final class ContributionViews extends AbstractList<Contribution> implements RandomAccess {
  private final ScoredCard card;
  private final int size;
  private final int[] positions; // null: every trait counts, so position i is trait i

  ContributionViews(ScoredCard card, int size, int[] positions) {
    this.card = card;
    this.size = size;
    this.positions = positions;
  }

  private Contribution at(int i) {
    return new ScoredContribution(card, positions == null ? i : positions[i]);
  }

  @Override
  public Contribution get(int i) {
    return at(checkIndex(i, size));
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<Contribution> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public Contribution next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return at(next++);
      }
    };
  }
}
