package io.onboarding.adapters.local.store;

import io.onboarding.adapters.aws.standin.AwsAdapterStandIn;
import io.onboarding.cli.standin.CliStandIn;
import io.onboarding.adapters.local.ocr.TesseractIdDocumentReader;
import java.io.IOException;
import org.bytedeco.javacpp.BytePointer;
import picocli.standin.PicocliStandIn;
import software.amazon.awssdk.standin.SdkStandIn;

/** Deliberate violations for {@code ArchitectureTest}, one per forbidden dependency. Test sources only. */
final class ForbiddenDependencyViolations {
    private ForbiddenDependencyViolations() {
    }

    static final class UsesTheSdk {
        Object use() {
            return new SdkStandIn();
        }
    }

    static final class UsesPicocli {
        Object use() {
            return new PicocliStandIn();
        }
    }

    static final class UsesTheCli {
        Object use() {
            return new CliStandIn();
        }
    }

    static final class UsesTheAwsAdapters {
        Object use() {
            return new AwsAdapterStandIn();
        }
    }

    /** Native memory outside the engine packages. */
    static final class UsesNativeCode {
        long use() {
            try (var pointer = new BytePointer(16)) {
                return pointer.capacity();
            }
        }
    }

    /** An offline engine run in this JVM, outside the worker. */
    static final class UsesAnEngineInProcess {
        Object use(DocumentBytes documents) {
            return new TesseractIdDocumentReader(documents);
        }
    }

    /** A process started outside the worker package. */
    static final class StartsAProcess {
        Process use() throws IOException {
            return new ProcessBuilder("true").start();
        }
    }
}
