/**
 * A pool lending native engines that are not thread-safe to one thread at a time, shared by the offline OCR and face
 * engines: the only way to their native state. Plain Java: no engine, native, SDK or picocli types.
 */
package io.onboarding.adapters.local.pool;
