package dev.centricity.core.internal;

import dev.centricity.core.Band;
import java.util.List;

/**
 * A rubric's bands with the one rule that places a value in them: a value within {@link
 * Band#BOUNDARY_TOLERANCE} of a boundary is on it, and a boundary belongs to the band nearer 0 (the
 * first band keeps −1, the last +1), so mirrored answers get mirrored bands. Used alike for a
 * scorecard's index and for the ends of a cohort's interval. Immutable.
 */
public final class BandTable {

  private final double[] from;
  private final double[] to;
  private final String[] labels;

  BandTable(List<Band> bands) {
    int n = bands.size();
    from = new double[n];
    to = new double[n];
    labels = new String[n];
    for (int i = 0; i < n; i++) {
      from[i] = bands.get(i).from();
      to[i] = bands.get(i).to();
      labels[i] = bands.get(i).label();
    }
  }

  /** How many bands there are. */
  public int size() {
    return labels.length;
  }

  /**
   * A band's label.
   *
   * @param position the band's position
   * @return its label
   */
  public String label(int position) {
    return labels[position];
  }

  /**
   * The label of the band a value is in.
   *
   * @param x a value in [−1, 1]
   * @return the label, or null when no band holds it (no bands, or NaN)
   */
  public String find(double x) {
    int i = position(x);
    return i < 0 ? null : labels[i];
  }

  /**
   * The position of the band a value is in.
   *
   * @param x a value in [−1, 1] (a caller with values beyond it clamps them first)
   * @return the band's position, or −1 when no band holds it (no bands, or NaN)
   */
  public int position(double x) {
    for (int i = 0; i < from.length; i++) {
      boolean onFrom = Math.abs(x - from[i]) <= Band.BOUNDARY_TOLERANCE;
      boolean onTo = Math.abs(x - to[i]) <= Band.BOUNDARY_TOLERANCE;
      boolean aboveFrom = onFrom ? from[i] < 0 || i == 0 : x > from[i];
      boolean belowTo = onTo ? to[i] > 0 || i == from.length - 1 : x < to[i];
      if (aboveFrom && belowTo) {
        return i;
      }
    }
    return -1;
  }
}
