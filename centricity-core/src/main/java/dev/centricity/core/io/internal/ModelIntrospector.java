package dev.centricity.core.io.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.centricity.core.Trait;
import dev.centricity.core.Warning;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.RowError;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;

/**
 * Names the properties of the model's generated value classes for writing: each attribute accessor
 * ({@code id()}, {@code weight()}) is the property of the same name, as Immutables declares them,
 * without any annotation on the model. Derived values (a rubric's content hash, its {@code
 * reference()}, a trait's {@code keyedToPole()}) are not attributes and are not written.
 */
final class ModelIntrospector extends JacksonAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  private static final Set<String> PACKAGES =
      Set.of("dev.centricity.core", "dev.centricity.core.cohort");

  /**
   * The structured values of warnings and row errors, written only when there are some, so that a
   * warning or row error without them is written as before they existed.
   */
  private static boolean writtenWhenNotEmpty(Method m) {
    Class<?> owner = m.getDeclaringClass();
    return m.getParameterCount() == 0
        && (m.getName().equals("values")
                && (Warning.class.isAssignableFrom(owner)
                    || CohortWarning.class.isAssignableFrom(owner))
            || m.getName().equals("problems") && RowError.class.isAssignableFrom(owner));
  }

  /** Accessors of generated classes that are not attributes. */
  private static final Set<String> NOT_ATTRIBUTES = Set.of("hashCode", "toString", "contentHash");

  /**
   * A trait's {@code actionable} is written only when false, its default being true, so rubrics
   * that never set it keep the same files (and the same content hash, see docs/model.md).
   */
  @Override
  public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated a) {
    if (a instanceof AnnotatedMethod m && writtenWhenNotEmpty(m.getAnnotated())) {
      return JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
    }
    if (a instanceof AnnotatedMethod m
        && m.getName().equals("actionable")
        && m.getDeclaringClass() == Trait.class) {
      return JsonInclude.Value.construct(JsonInclude.Include.CUSTOM, null)
          .withValueFilter(OmittedWhenTrue.class);
    }
    return super.findPropertyInclusion(config, a);
  }

  @Override
  public PropertyName findNameForSerialization(MapperConfig<?> config, Annotated a) {
    PropertyName name = super.findNameForSerialization(config, a);
    if (name == null && a instanceof AnnotatedMethod m && isAttribute(m.getAnnotated())) {
      return PropertyName.construct(m.getName());
    }
    return name;
  }

  /**
   * Whether a method is an attribute of a value type: declared by a type of the model and
   * implemented by the class Immutables generated for it (derived methods such as {@code
   * reference()} are not), and not a lazily computed value.
   */
  private static boolean isAttribute(Method m) {
    Class<?> owner = m.getDeclaringClass();
    if (!PACKAGES.contains(owner.getPackageName())
        || m.getParameterCount() != 0
        || m.getReturnType() == void.class
        || Modifier.isStatic(m.getModifiers())
        || NOT_ATTRIBUTES.contains(m.getName())) {
      return false;
    }
    Class<?> implementation = IMPLEMENTATIONS.get(owner);
    if (implementation == null) {
      return false;
    }
    try {
      implementation.getDeclaredMethod(m.getName());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static final ClassValue<Class<?>> IMPLEMENTATIONS =
      new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
          return ModelModule.VALUE_TYPES.contains(type)
              ? ModelModule.implementation(type, "")
              : null;
        }
      };
}
