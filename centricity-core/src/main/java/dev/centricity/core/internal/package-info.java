/**
 * The implementation behind the core API: the compiled scorer, rubric validation and the configured
 * Jackson mappers. Not exported; nothing here is API.
 */
package dev.centricity.core.internal;
