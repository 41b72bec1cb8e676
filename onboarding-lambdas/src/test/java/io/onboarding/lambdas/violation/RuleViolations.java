package io.onboarding.lambdas.violation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.onboarding.domain.testing.FixedLicenseValidator;

/**
 * Function-side classes that each break one of the lambdas ArchitectureTest's rules on purpose (handler placement,
 * test fakes), so it can prove every rule fails. Test sources only; never instantiated.
 */
final class RuleViolations {
    private RuleViolations() {
    }

    /** A handler, well named, outside lambdas.handler. */
    static final class MisplacedHandler implements RequestHandler<String, String> {
        @Override
        public String handleRequest(String input, Context context) {
            return input;
        }
    }

    /** Depends on a class named like an in-memory fake. */
    static final class UsesAnInMemoryFake {
        private final InMemoryCache cache = new InMemoryCache();

        Object cache() {
            return cache;
        }
    }

    /** Named like a fake, which production code must not use. */
    static final class InMemoryCache {
    }

    /** Depends on the domain's test fakes package (a fake not named InMemory*). */
    static final class UsesTheDomainsTestFakes {
        Object validator() {
            return new FixedLicenseValidator();
        }
    }
}
