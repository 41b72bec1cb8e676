/**
 * A pool lending native engines that are not thread-safe to one thread at a time, shared by the offline OCR and face
 * engines. Plain Java: no engine, SDK or picocli types.
 */
package io.onboarding.cli.pool;
