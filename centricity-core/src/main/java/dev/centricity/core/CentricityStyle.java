package dev.centricity.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the core module: JDK collections only,
 * public generated implementations named {@code Immutable*}, and builders that reject a second
 * assignment.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    strictBuilder = false,
    allowedClasspathAnnotations = {java.lang.Override.class})
@interface CentricityStyle {}
