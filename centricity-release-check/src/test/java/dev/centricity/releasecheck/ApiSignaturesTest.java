package dev.centricity.releasecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApiSignaturesTest {

  @TempDir Path dir;

  /** The API lines of one class {@code p.Api}, compiled from the given body. */
  List<String> api(String name, String body) throws Exception {
    Path classes =
        Compiled.compile(
            dir.resolve(name),
            Map.of(
                "p/Api.java",
                "package p;\nimport java.util.*;\nimport java.io.*;\n" + body + "\n",
                "p/Base.java",
                "package p;\npublic class Base {}\n"));
    String[] names =
        body.contains("Inner")
            ? new String[] {"p.Api", "p.Base", "p.Api$Inner", "p.Api$Hidden"}
            : new String[] {"p.Api", "p.Base"};
    return ApiSignatures.of(Compiled.load(classes, names));
  }

  @Nested
  class WhatIsRecorded {

    @Test
    void should_record_public_and_protected_members_with_full_signatures() throws Exception {
      // GIVEN a class with members of every visibility, a lambda and a nested class of each kind
      List<String> lines =
          api(
              "all",
              "public abstract class Api extends Base implements Comparable<Api> {\n"
                  + "  public static final String NAME = \"x\";\n"
                  + "  protected int count;\n"
                  + "  int packageField;\n"
                  + "  private long secret;\n"
                  + "  public Api(List<String> names) {}\n"
                  + "  protected Api() {}\n"
                  + "  Api(int n) {}\n"
                  + "  public <T extends Number> Map<String, T> sum(List<? extends T> xs)"
                  + " throws IOException { return null; }\n"
                  + "  protected abstract void hook();\n"
                  + "  void packageMethod() {}\n"
                  + "  private Runnable secretMethod() { return () -> {}; }\n"
                  + "  public int compareTo(Api o) { return 0; }\n"
                  + "  public static final class Inner { public void open() {} }\n"
                  + "  private static final class Hidden { public void open() {} }\n"
                  + "}");
      // THEN exactly the public and protected ones, sorted; no lambda, no bridge
      // compareTo(Object), nothing of the private nested class
      assertThat(lines)
          .containsExactly(
              "p.Api$Inner: public p.Api$Inner()",
              "p.Api$Inner: public static final class p.Api$Inner extends java.lang.Object",
              "p.Api$Inner: public void p.Api$Inner.open()",
              "p.Api: protected abstract void p.Api.hook()",
              "p.Api: protected int p.Api.count",
              "p.Api: protected p.Api()",
              "p.Api: public <T extends java.lang.Number> java.util.Map<java.lang.String, T>"
                  + " p.Api.sum(java.util.List<? extends T>) throws java.io.IOException",
              "p.Api: public abstract class p.Api extends p.Base"
                  + " implements java.lang.Comparable<p.Api>",
              "p.Api: public int p.Api.compareTo(p.Api)",
              "p.Api: public p.Api(java.util.List<java.lang.String>)",
              "p.Api: public static final java.lang.String p.Api.NAME",
              "p.Base: public class p.Base extends java.lang.Object",
              "p.Base: public p.Base()");
    }

    @Test
    void should_record_nothing_of_a_class_not_public() throws Exception {
      List<String> lines = api("hidden", "class Api { public void open() {} }");
      assertThat(lines)
          .containsExactly(
              "p.Base: public class p.Base extends java.lang.Object", "p.Base: public p.Base()");
    }
  }

  @Nested
  class Detection {

    static Stream<Arguments> changes() {
      return Stream.of(
          // name, before, after, removed line, added line (null: none)
          Arguments.of(
              "added method",
              "public class Api { }",
              "public class Api { public void open() {} }",
              null,
              "p.Api: public void p.Api.open()"),
          Arguments.of(
              "removed method",
              "public class Api { public void open() {} }",
              "public class Api { }",
              "p.Api: public void p.Api.open()",
              null),
          Arguments.of(
              "method made package-private",
              "public class Api { public void open() {} }",
              "public class Api { void open() {} }",
              "p.Api: public void p.Api.open()",
              null),
          Arguments.of(
              "return type",
              "public class Api { public int size() { return 0; } }",
              "public class Api { public long size() { return 0; } }",
              "p.Api: public int p.Api.size()",
              "p.Api: public long p.Api.size()"),
          Arguments.of(
              "parameter type",
              "public class Api { public void put(int x) {} }",
              "public class Api { public void put(double x) {} }",
              "p.Api: public void p.Api.put(int)",
              "p.Api: public void p.Api.put(double)"),
          Arguments.of(
              "type argument",
              "public class Api { public List<String> names() { return null; } }",
              "public class Api { public List<CharSequence> names() { return null; } }",
              "p.Api: public java.util.List<java.lang.String> p.Api.names()",
              "p.Api: public java.util.List<java.lang.CharSequence> p.Api.names()"),
          Arguments.of(
              "checked exception",
              "public class Api { public void load() {} }",
              "public class Api { public void load() throws IOException {} }",
              "p.Api: public void p.Api.load()",
              "p.Api: public void p.Api.load() throws java.io.IOException"),
          Arguments.of(
              "static modifier",
              "public class Api { public void run() {} }",
              "public class Api { public static void run() {} }",
              "p.Api: public void p.Api.run()",
              "p.Api: public static void p.Api.run()"),
          Arguments.of(
              "field type",
              "public class Api { public int count; }",
              "public class Api { public long count; }",
              "p.Api: public int p.Api.count",
              "p.Api: public long p.Api.count"),
          Arguments.of(
              "constructor parameters",
              "public class Api { public Api() {} }",
              "public class Api { public Api(String name) {} }",
              "p.Api: public p.Api()",
              "p.Api: public p.Api(java.lang.String)"),
          Arguments.of(
              "final class",
              "public class Api { }",
              "public final class Api { }",
              "p.Api: public class p.Api extends java.lang.Object",
              "p.Api: public final class p.Api extends java.lang.Object"),
          Arguments.of(
              "superclass",
              "public class Api { }",
              "public class Api extends Base { }",
              "p.Api: public class p.Api extends java.lang.Object",
              "p.Api: public class p.Api extends p.Base"),
          Arguments.of(
              "interface",
              "public class Api { }",
              "public class Api implements Serializable { }",
              "p.Api: public class p.Api extends java.lang.Object",
              "p.Api: public class p.Api extends java.lang.Object implements java.io.Serializable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void should_detect_each_kind_of_api_change(
        String change, String before, String after, String removed, String added) throws Exception {
      // GIVEN the signatures recorded from one version of a class
      List<String> recorded = api("before", before);
      // WHEN the class changes
      List<String> now = api("after", after);
      ApiFile.Diff diff = ApiFile.compare(recorded, now);
      // THEN the comparison fails and names the lines that changed
      assertThat(diff.differs()).isTrue();
      assertThat(diff.removed())
          .containsExactlyElementsOf(removed == null ? List.of() : List.of(removed));
      assertThat(diff.added())
          .containsExactlyElementsOf(added == null ? List.of() : List.of(added));
    }

    @Test
    void should_find_no_change_when_the_class_is_compiled_again_unchanged() throws Exception {
      String source = "public class Api { public <T> T pick(List<T> xs) { return null; } }";
      ApiFile.Diff diff = ApiFile.compare(api("once", source), api("twice", source));
      assertThat(diff.differs()).isFalse();
      assertThat(diff.added()).isEmpty();
      assertThat(diff.removed()).isEmpty();
    }
  }

  @Nested
  class Modules {

    @Test
    void should_record_only_the_packages_the_module_exports_to_everyone() throws Exception {
      // GIVEN a module exporting p, exporting q to one module only, and keeping r
      Path classes =
          Compiled.compile(
              dir,
              Map.of(
                  "module-info.java",
                  "module m { exports p; exports q to java.base; }",
                  "p/A.java",
                  "package p; public class A { public void a() {} }",
                  "q/B.java",
                  "package q; public class B { public void b() {} }",
                  "r/C.java",
                  "package r; public class C { public void c() {} }"));
      Class<?> anchor = Compiled.load(classes, "r.C").get(0);
      // WHEN its API is read
      ApiSignatures.ModuleApi api = ApiSignatures.ofModuleOf(anchor);
      // THEN only p's class is in it
      assertThat(api.name()).isEqualTo("m");
      assertThat(api.lines())
          .containsExactly(
              "p.A: public class p.A extends java.lang.Object",
              "p.A: public p.A()",
              "p.A: public void p.A.a()");
    }

    @Test
    void should_refuse_classes_without_a_module_descriptor() throws Exception {
      Path classes = Compiled.compile(dir, Map.of("p/A.java", "package p; public class A {}"));
      Class<?> anchor = Compiled.load(classes, "p.A").get(0);
      assertThatThrownBy(() -> ApiSignatures.ofModuleOf(anchor))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(classes + ": no module-info, so no exported packages");
    }
  }

  @Nested
  class Files_ {

    @Test
    void should_read_back_what_it_wrote_without_the_header() throws Exception {
      Path file = dir.resolve("api/m.api");
      List<String> lines = List.of("p.A: public class p.A", "p.A: public p.A()");
      ApiFile.write(file, "m", lines);
      assertThat(ApiFile.read(file)).isEqualTo(lines);
      assertThat(Files.readString(file)).startsWith("# The public API of module m,");
      assertThat(Files.readString(file)).contains(ApiFile.REGENERATE);
    }

    @Test
    void should_report_every_line_as_added_when_no_file_was_recorded() {
      List<String> lines = List.of("p.A: public class p.A");
      ApiFile.Diff diff = ApiFile.compare(ApiFile.read(dir.resolve("missing.api")), lines);
      assertThat(diff.differs()).isTrue();
      assertThat(diff.added()).isEqualTo(lines);
      assertThat(diff.describe(dir.resolve("missing.api")))
          .contains("(1 added, 0 removed)")
          .contains("  + p.A: public class p.A")
          .contains(ApiFile.REGENERATE);
    }

    @Test
    void should_report_a_file_edited_out_of_order() {
      ApiFile.Diff diff = ApiFile.compare(List.of("b", "a"), List.of("a", "b"));
      assertThat(diff.differs()).isTrue();
      assertThat(diff.describe(Path.of("x.api"))).contains("out of order or repeated");
    }
  }
}
