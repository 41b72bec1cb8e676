/**
 * A pool lending native engines that are not thread-safe to one thread at a time, shared by the offline OCR and face
 * engines (the only way to their native state) and by {@code worker}, which lends its worker processes the same way;
 * and {@code NativeFailure}, how the engines describe a native failure without its text. Plain Java: no engine,
 * native, SDK or picocli types.
 */
package io.onboarding.adapters.local.pool;
