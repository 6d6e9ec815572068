package dev.centricity.releasecheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Rubric;
import dev.centricity.rubric.DefaultRubrics;
import dev.centricity.testkit.Rubrics;
import dev.centricity.xlsx.WorkbookReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public API of every published module equals its committed signature file ({@code
 * <module>/api/<module>.api}). Run with {@code -Dapi.regenerate=true} to record the classes as they
 * are (see {@link ApiFile#REGENERATE}).
 */
class PublishedApiTest {

  /**
   * A published module: its directory beside this one and one of its classes.
   *
   * @param directory the module's directory and artifact id
   * @param anchor a class of the module, to find its compiled classes
   */
  record Published(String directory, Class<?> anchor) {
    Path file() {
      return Path.of("..", directory, "api", directory + ".api");
    }

    @Override
    public String toString() {
      return directory;
    }
  }

  static Stream<Published> modules() {
    return Stream.of(
        new Published("centricity-core", Rubric.class),
        new Published("centricity-rubric", DefaultRubrics.class),
        new Published("centricity-testkit", Rubrics.class),
        new Published("centricity-xlsx", WorkbookReader.class));
  }

  @ParameterizedTest
  @MethodSource("modules")
  void should_match_the_recorded_api(Published module) {
    // GIVEN the signatures of the module's exported classes as compiled
    ApiSignatures.ModuleApi api = ApiSignatures.ofModuleOf(module.anchor());
    List<String> actual = api.lines();
    assertThat(actual).as("exported API of " + module).isNotEmpty();
    if (Boolean.getBoolean("api.regenerate")) {
      ApiFile.write(module.file(), api.name(), actual);
    }
    // WHEN compared with the committed file
    ApiFile.Diff diff = ApiFile.compare(ApiFile.read(module.file()), actual);
    // THEN they agree line for line
    assertThat(diff.differs()).as(diff.describe(module.file())).isFalse();
  }
}
