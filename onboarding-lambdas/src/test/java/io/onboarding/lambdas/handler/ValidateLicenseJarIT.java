package io.onboarding.lambdas.handler;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.adapters.aws.http.LicenseValidationWire;
import io.onboarding.domain.model.LicenseValidation;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * ValidateLicenseLambdaFunction's own shaded jar (built in the package phase, before this runs), loaded alone as
 * the Lambda runtime would: it answers a request, ships no AWS SDK class, and of the adapters only the wire contract.
 */
class ValidateLicenseJarIT {

    @Test
    void shipsNoAwsSdkAndOfTheAdaptersOnlyTheWireContract() throws IOException {
        List<String> classes;
        try (ZipFile zip = new ZipFile(shadedJar().toFile())) {
            classes = zip.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class")).toList();
        }

        assertThat(classes).noneMatch(name -> name.startsWith("software/amazon/awssdk/"));
        assertThat(classes).filteredOn(name -> name.startsWith("io/onboarding/adapters/"))
                .contains("io/onboarding/adapters/aws/http/LicenseValidationWire.class")
                .allMatch(name -> name.startsWith("io/onboarding/adapters/aws/http/LicenseValidationWire"));
    }

    @Test
    void answersFromItsOwnJar() throws Exception {
        String body = LicenseValidationWire.writeRequest(new LicenseValidationWire.Request("S123456579010", false));

        try (var loader = new URLClassLoader(new URL[] {shadedJar().toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> handlerType = loader.loadClass("io.onboarding.lambdas.handler.ValidateLicenseHandler");
            Class<?> eventType = loader.loadClass("com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent");
            Class<?> contextType = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
            Object event = eventType.getConstructor().newInstance();
            eventType.getMethod("setBody", String.class).invoke(event, body);

            Object response = handlerType.getMethod("handleRequest", eventType, contextType)
                    .invoke(handlerType.getConstructor().newInstance(), event, null);

            assertThat(response.getClass().getMethod("getStatusCode").invoke(response)).isEqualTo(200);
            String answer = (String) response.getClass().getMethod("getBody").invoke(response);
            assertThat(LicenseValidationWire.readAnswer(answer)).contains(LicenseValidation.INVALID);
        }
    }

    private static Path shadedJar() throws IOException {
        Path target = Path.of(System.getProperty("basedir", "."), "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString()
                            .matches("onboarding-lambdas-.*-validate-license\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no validate-license jar in " + target));
        }
    }
}
