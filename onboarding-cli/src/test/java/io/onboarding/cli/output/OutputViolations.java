package io.onboarding.cli.output;

import dagger.standin.DaggerStandIn;
import io.onboarding.adapters.local.store.FileApplicationRepository;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;

/** Deliberate violations for {@code ArchitectureTest}. Test sources only. */
final class OutputViolations {
    private OutputViolations() {
    }

    /** Dependency injection outside {@code onboarding-lambdas}. */
    static final class UsesDagger {
        Object component() {
            return new DaggerStandIn();
        }
    }

    /** Native code in the CLI, around the engines' ports. */
    static final class UsesNativeCode {
        long capacity() {
            try (var pointer = new BytePointer(16)) {
                return pointer.capacity();
            }
        }
    }

    /** A local adapter made outside the composition root. */
    static final class WiresALocalAdapter {
        Object records(Path work) {
            return new FileApplicationRepository(work);
        }
    }
}
