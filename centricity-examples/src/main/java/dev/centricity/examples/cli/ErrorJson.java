package dev.centricity.examples.cli;

import dev.centricity.core.FormatException;
import dev.centricity.core.Problem;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.RubricValidationException;
import dev.centricity.core.text.TranslationValidationException;
import dev.centricity.examples.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bad input as one line of JSON, for {@code --format json}: the message's first line and every
 * problem with its path, where the one-line message on stderr shows only the first few.
 *
 * <pre>{@code
 * {"error":{"message":"r.json: response does not fit the rubric: 48 problems:",
 *   "problems":[{"path":"/answers/focus.aim","message":"trait 'focus.aim' is unanswered, ..."}, ...]}}
 * }</pre>
 */
final class ErrorJson {

  private ErrorJson() {}

  /**
   * The error as JSON.
   *
   * @param e a bad input
   * @return one line of JSON
   */
  static String of(Exception e) {
    List<String> lines =
        e.getMessage() == null
            ? List.of()
            : e.getMessage().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<Map<String, String>> problems = new ArrayList<>();
    List<Problem> listed = problems(e);
    if (listed != null) {
      for (Problem p : listed) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("path", p.path());
        m.put("message", p.message());
        problems.add(m);
      }
    } else {
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        problems.add(Map.of("message", line));
      }
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", lines.isEmpty() ? "" : lines.get(0));
    FormatException format = cause(e, FormatException.class);
    if (format != null) {
      error.put("source", format.source());
    }
    error.put("problems", problems);
    return Json.write(Map.of("error", error));
  }

  /** The problems of the first exception in the chain that lists them, or null. */
  private static List<Problem> problems(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ResponseValidationException r) {
        return r.problems();
      }
      if (t instanceof RubricValidationException r) {
        return r.problems();
      }
      if (t instanceof TranslationValidationException r) {
        return r.problems();
      }
    }
    return null;
  }

  private static <T> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
