package dev.centricity.releasecheck;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Java sources compiled into a directory of their own, for tests that need real class files. */
final class Compiled {

  private Compiled() {}

  /**
   * Compiles sources with the JDK's compiler.
   *
   * @param dir an empty directory; sources go to {@code dir/src}, classes to {@code dir/classes}
   * @param sources file paths relative to the source root, and their text
   * @return the class directory
   */
  static Path compile(Path dir, Map<String, String> sources) throws IOException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17"));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    int code =
        javac.run(
            null,
            new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
            new java.io.PrintStream(
                new java.io.OutputStream() {
                  @Override
                  public void write(int b) {
                    errors.write(b);
                  }
                },
                true,
                StandardCharsets.UTF_8),
            args.toArray(String[]::new));
    if (code != 0) {
      throw new IllegalStateException("test sources do not compile:\n" + errors);
    }
    return classes;
  }

  /**
   * Loads classes from a class directory in a loader of their own.
   *
   * @param classes the class directory
   * @param names binary class names
   * @return the classes, not initialised
   */
  static List<Class<?>> load(Path classes, String... names) throws Exception {
    URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, Compiled.class.getClassLoader());
    List<Class<?>> loaded = new ArrayList<>();
    for (String name : names) {
      loaded.add(Class.forName(name, false, loader));
    }
    return loaded;
  }
}
