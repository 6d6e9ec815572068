package dev.centricity.core.internal;

import static dev.centricity.core.internal.ScoredCard.checkIndex;

import dev.centricity.core.DimensionScore;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * The dimension results as a list of views made when read. The list and its iterator are classes of
 * their own, so that the JIT sees one type at each call and can often leave the views unallocated.
 */
final class DimensionViews extends AbstractList<DimensionScore> implements RandomAccess {
  private final ScoredCard card;

  DimensionViews(ScoredCard card) {
    this.card = card;
  }

  @Override
  public DimensionScore get(int i) {
    return new ScoredDimension(card, checkIndex(i, size()));
  }

  @Override
  public int size() {
    return card.s.dimensionCount;
  }

  @Override
  public Iterator<DimensionScore> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < card.s.dimensionCount;
      }

      @Override
      public DimensionScore next() {
        if (next >= card.s.dimensionCount) {
          throw new NoSuchElementException();
        }
        return new ScoredDimension(card, next++);
      }
    };
  }
}
