package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildVersionTest {

  /** The POM's version, passed to the tests by Surefire (see the module's pom.xml). */
  private static final String POM_VERSION = System.getProperty("centricity.expectedVersion");

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void should_report_the_version_of_the_build(String option) {
    // GIVEN the version the POM declares
    assertThat(POM_VERSION).as("centricity.expectedVersion set by the POM").isNotBlank();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // WHEN the tool is asked for its version
    int code = CentricityCli.run(new PrintWriter(out), new PrintWriter(err), option);
    // THEN it names that version, and nothing else
    assertThat(code).isZero();
    assertThat(out.toString()).isEqualTo("centricity " + POM_VERSION + System.lineSeparator());
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void should_read_the_version_key() throws Exception {
    assertThat(BuildVersion.read(stream("version=1.2.3\n"))).isEqualTo("1.2.3");
  }

  @Test
  void should_refuse_a_missing_resource() {
    assertThatThrownBy(() -> BuildVersion.read(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("version.properties is missing from the build");
  }

  @ParameterizedTest
  @ValueSource(strings = {"version=${project.version}\n", "version=\n", "other=1\n"})
  void should_refuse_a_resource_the_build_did_not_filter(String content) {
    assertThatThrownBy(() -> BuildVersion.read(stream(content)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("version.properties was not filtered by the build: '");
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
