package dev.centricity.core.cohort;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the cohort package, the same as the core package's: JDK collections only,
 * public generated implementations named {@code Immutable*}, and builders that accept a second
 * assignment.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    strictBuilder = false,
    allowedClasspathAnnotations = {java.lang.Override.class})
@interface CohortStyle {}
