package dev.centricity.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The one Immutables style of every value type in core: JDK collections only, generated {@code
 * Immutable*} implementations package-private (so they are never part of the API; a type that can
 * be built has a public nested {@code Builder} that extends the generated one), and builders that
 * accept a second assignment.
 *
 * <p>The meta-annotation {@link JsonSerialize} asks Immutables to generate the JSON creators that
 * the readers in {@code dev.centricity.core.io} use through reflection (the names of the properties
 * they write come from {@code io.internal.ModelIntrospector}); the value types themselves import
 * nothing from Jackson. Source retention: the style exists only while compiling.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.SOURCE)
@JsonSerialize
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = false,
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface ValueStyle {}
