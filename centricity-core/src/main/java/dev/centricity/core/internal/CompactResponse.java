package dev.centricity.core.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A response held as two arrays, the trait ids and their answers in the order given, for the paths
 * where a response is made only to be scored: {@link Response#ofPoints(Map)} copies a host's map
 * into it once, and the JSON reader fills it straight from the parser's tokens. {@link #answers()}
 * is a read-only map view of the arrays; a {@link CompiledScorer} reads the arrays themselves.
 *
 * <p>The ids are distinct (the readers refuse a trait answered twice, and a map's keys are distinct
 * already). Immutable: the arrays are never changed after construction.
 */
public final class CompactResponse extends Response {

  /** Up to this many answers a look-up by id scans the ids; above it a hash index is built. */
  private static final int SCAN = 12;

  private final String rubric;
  private final String respondent;
  final String[] ids;
  final Answer[] answers;
  private volatile Map<String, Integer> index;

  /**
   * A response of distinct trait ids and their answers; the arrays are taken as they are.
   *
   * @param rubric the rubric as {@code id@version}, or null
   * @param respondent the respondent, or null
   * @param ids the trait ids, distinct, none null
   * @param answers the answers, none null, as many as ids
   */
  public CompactResponse(String rubric, String respondent, String[] ids, Answer[] answers) {
    if (ids.length != answers.length) {
      throw new IllegalArgumentException(ids.length + " ids for " + answers.length + " answers");
    }
    this.rubric = rubric;
    this.respondent = respondent;
    this.ids = ids;
    this.answers = answers;
  }

  /**
   * The points of a host's map as a response, copied once; a null point is a blank answer.
   *
   * @param points the points by trait id
   * @return the response
   * @throws NullPointerException if a key is null
   */
  public static CompactResponse ofPoints(Map<String, Integer> points) {
    int n = points.size();
    String[] ids = new String[n];
    Answer[] answers = new Answer[n];
    int i = 0;
    for (Map.Entry<String, Integer> e : points.entrySet()) {
      if (i == n) {
        throw new IllegalStateException("the map of points changed while it was read");
      }
      ids[i] = Objects.requireNonNull(e.getKey(), "answers key");
      Integer p = e.getValue();
      answers[i++] = p == null ? Answer.blank() : Answer.of(p);
    }
    if (i != n) {
      throw new IllegalStateException("the map of points changed while it was read");
    }
    return new CompactResponse(null, null, ids, answers);
  }

  @Override
  public Optional<String> rubric() {
    return Optional.ofNullable(rubric);
  }

  /** The rubric named, or null; without an {@link Optional}. */
  String rubricOrNull() {
    return rubric;
  }

  @Override
  public Optional<String> respondent() {
    return Optional.ofNullable(respondent);
  }

  /** The respondent, or null; without an {@link Optional}. */
  String respondentOrNull() {
    return respondent;
  }

  @Override
  public Map<String, Answer> answers() {
    return new View();
  }

  /** The number of answers. */
  int size() {
    return ids.length;
  }

  private int find(Object id) {
    if (ids.length <= SCAN) {
      for (int i = 0; i < ids.length; i++) {
        if (ids[i].equals(id)) {
          return i;
        }
      }
      return -1;
    }
    Map<String, Integer> m = index;
    if (m == null) {
      m = new HashMap<>(ids.length * 2);
      for (int i = 0; i < ids.length; i++) {
        m.put(ids[i], i);
      }
      index = m;
    }
    Integer i = m.get(id);
    return i == null ? -1 : i;
  }

  /** The answers as a read-only map in the order given. */
  private final class View extends AbstractMap<String, Answer> {
    @Override
    public int size() {
      return ids.length;
    }

    @Override
    public boolean containsKey(Object key) {
      return find(key) >= 0;
    }

    @Override
    public Answer get(Object key) {
      int i = find(key);
      return i < 0 ? null : answers[i];
    }

    @Override
    public Set<Map.Entry<String, Answer>> entrySet() {
      return new Entries();
    }
  }

  private final class Entries extends AbstractSet<Map.Entry<String, Answer>> {
    @Override
    public int size() {
      return ids.length;
    }

    @Override
    public Iterator<Map.Entry<String, Answer>> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < ids.length;
        }

        @Override
        public Map.Entry<String, Answer> next() {
          if (next >= ids.length) {
            throw new NoSuchElementException();
          }
          int i = next++;
          return new AbstractMap.SimpleImmutableEntry<>(ids[i], answers[i]);
        }
      };
    }
  }
}
