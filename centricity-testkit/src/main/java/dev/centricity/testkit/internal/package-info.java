/**
 * The implementation of the testkit: the checks behind the contract's properties, the jqwik hook
 * that sets their tries and skips what does not apply, and the strings the generators draw. Not
 * exported; nothing here is API.
 */
package dev.centricity.testkit.internal;
