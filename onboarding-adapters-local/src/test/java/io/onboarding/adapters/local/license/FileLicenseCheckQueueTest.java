package io.onboarding.adapters.local.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.LicenseCheckRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLicenseCheckQueueTest {
    private static final ApplicationId APP = ApplicationId.of("8d247914");

    @TempDir
    Path work;

    @Test
    void keepsAQueuedCheckUntilItIsSettled() {
        var request = new LicenseCheckRequest("S123", false, APP);
        new FileLicenseCheckQueue(work).enqueue(request);

        var anotherRun = new FileLicenseCheckQueue(work);

        assertThat(anotherRun.waiting(APP)).hasValueSatisfying(waiting -> {
            assertThat(waiting.driverLicenseId()).isEqualTo("S123");
            assertThat(waiting.validationOverride()).isFalse();
            assertThat(waiting.applicationId()).isEqualTo(APP);
        });
        anotherRun.settled(APP);
        assertThat(anotherRun.waiting(APP)).isEmpty();
    }

    @Test
    void writesTheOriginalQueueMessageKeysAndNoTemporaryFiles() throws Exception {
        new FileLicenseCheckQueue(work).enqueue(new LicenseCheckRequest("S123", true, APP));

        try (var files = Files.list(work.resolve("license-queue"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("8d247914.json");
        }
        assertThat(Files.readString(work.resolve("license-queue/8d247914.json")))
                .isEqualTo("{\"driver_license_id\":\"S123\",\"validation_override\":true,\"uuid\":\"8d247914\"}");
    }
}
