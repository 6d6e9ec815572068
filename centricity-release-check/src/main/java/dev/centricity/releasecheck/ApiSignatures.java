package dev.centricity.releasecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a Java module as sorted text lines: one line per exported type, and one per
 * public or protected field, constructor and method of it, each with its full generic signature.
 *
 * <p>Exported means what the module's {@code module-info} exports to everyone (qualified exports
 * are not public API). A nested type counts when it and every type enclosing it are public or
 * protected. Synthetic and bridge members, which the compiler writes, are left out.
 */
public final class ApiSignatures {

  private ApiSignatures() {}

  /**
   * A module's name and API lines.
   *
   * @param name the module's name, as its {@code module-info} declares it
   * @param lines the sorted signature lines of its exported types
   */
  public record ModuleApi(String name, List<String> lines) {}

  /**
   * The API of the module that holds a class.
   *
   * @param anchor any class of the module, to find where its classes are (a jar or a directory);
   *     the module's classes are loaded by the anchor's class loader, without being initialised
   * @return the module's name and the sorted signature lines of its exported types
   * @throws IllegalArgumentException if the class's location holds no named module
   */
  public static ModuleApi ofModuleOf(Class<?> anchor) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot locate the classes of " + anchor.getName(), e);
    }
    Set<ModuleReference> found = ModuleFinder.of(location).findAll();
    if (found.size() != 1 || found.iterator().next().descriptor().isAutomatic()) {
      throw new IllegalArgumentException(location + ": no module-info, so no exported packages");
    }
    ModuleReference module = found.iterator().next();
    ModuleDescriptor descriptor = module.descriptor();
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    List<String> classNames;
    try (ModuleReader reader = module.open();
        Stream<String> names = reader.list()) {
      classNames =
          names
              .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
              .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
              .filter(n -> exported.contains(packageOf(n)))
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the classes of " + location, e);
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : classNames) {
      try {
        types.add(Class.forName(name, false, anchor.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(location + ": cannot load " + name, e);
      }
    }
    return new ModuleApi(descriptor.name(), of(types));
  }

  /**
   * The API lines of the given types: those not visible outside their package are skipped.
   *
   * @param types the classes to describe, in any order
   * @return the sorted signature lines, without duplicates
   */
  public static List<String> of(Iterable<Class<?>> types) {
    TreeSet<String> lines = new TreeSet<>();
    for (Class<?> type : types) {
      if (isApi(type)) {
        describe(type, lines);
      }
    }
    return List.copyOf(lines);
  }

  private static void describe(Class<?> type, Set<String> lines) {
    String name = type.getName();
    StringBuilder head = new StringBuilder(type.toGenericString());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && !type.isInterface()) {
      head.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      head.append(type.isInterface() ? " extends " : " implements ")
          .append(
              Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted != null) {
      head.append(" permits ")
          .append(
              Arrays.stream(permitted)
                  .map(Class::getName)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    lines.add(name + ": " + head);
    for (Field f : type.getDeclaredFields()) {
      if (isApi(f)) {
        lines.add(name + ": " + f.toGenericString());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (isApi(c)) {
        lines.add(name + ": " + c.toGenericString());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (isApi(m) && !m.isBridge()) {
        lines.add(name + ": " + m.toGenericString());
      }
    }
  }

  private static boolean isApi(Member m) {
    if (m.isSynthetic()) {
      return false;
    }
    if (m instanceof Executable && ((Executable) m).isSynthetic()) {
      return false;
    }
    return visible(m.getModifiers());
  }

  /** A type is API when it and every type enclosing it can be seen from outside the package. */
  private static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!visible(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String packageOf(String className) {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }
}
