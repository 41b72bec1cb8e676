/**
 * The command-line tool: picocli commands ({@code process}, {@code show}, {@code list}, {@code status},
 * {@code review}, {@code purge}) and the hand-written wiring ({@code Wiring}) of the domain's use cases to the local
 * adapters ({@code onboarding-adapters-local}), the offline or AWS engines, or recorded answers. The composition
 * root: may depend on every CLI package, the domain, the local and AWS adapters and picocli; nothing depends on it.
 */
package io.onboarding.cli;
