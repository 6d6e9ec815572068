/**
 * The implementation behind {@code dev.centricity.core.io}: reading and writing file layouts that
 * are walked as trees. Not exported; nothing here is API.
 */
package dev.centricity.core.io.internal;
