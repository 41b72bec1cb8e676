package io.onboarding.domain.port;

/** A concrete class in the port package, used only to prove the "ports are interfaces" rule can fail. */
final class ConcretePortViolation {
}
