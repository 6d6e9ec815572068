/**
 * The implementation behind {@code dev.centricity.core.text}: checking translations and counting
 * their coverage. Not exported; nothing here is API.
 */
package dev.centricity.core.text.internal;
