package io.onboarding.lambdas.handler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Runs ValidateLicenseLambdaFunction's handler in a class loader of its own, as the Lambda runtime would, and
 * records every class it loads: the mock validator must start without loading any AWS SDK class.
 */
class ValidateLicenseClassLoadingTest {

    @Test
    void loadsNoAwsSdkClassFromColdStartToFirstResponse() throws Exception {
        try (var loader = new RecordingClassLoader(testClasspath())) {
            Class<?> handlerType = loader.loadClass("io.onboarding.lambdas.handler.ValidateLicenseHandler");
            Class<?> eventType = loader.loadClass("com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent");
            Class<?> contextType = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
            Object handler = handlerType.getConstructor().newInstance();
            Object event = eventType.getConstructor().newInstance();
            eventType.getMethod("setBody", String.class)
                    .invoke(event, "{\"driver_license_id\":\"S1\",\"validation_override\":true}");

            Object response = handlerType.getMethod("handleRequest", eventType, contextType)
                    .invoke(handler, event, null);

            Method status = response.getClass().getMethod("getStatusCode");
            assertThat(status.invoke(response)).isEqualTo(200);
            assertThat(loader.loaded()).contains("io.onboarding.lambdas.handler.ValidateLicenseHandler",
                    "io.onboarding.domain.mockvalidator.MockLicenseValidator",
                    "io.onboarding.adapters.aws.http.LicenseValidationWire");
            assertThat(loader.loaded()).noneMatch(name -> name.startsWith("software.amazon.awssdk."));
        }
    }

    private static URL[] testClasspath() throws MalformedURLException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Child-first over the test classpath (the JDK excepted), noting each class it defines. */
    private static final class RecordingClassLoader extends URLClassLoader {
        private final Set<String> loaded = ConcurrentHashMap.newKeySet();

        RecordingClassLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    try {
                        type = findClass(name);
                        loaded.add(name);
                    } catch (ClassNotFoundException notOurs) {
                        type = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }

        Set<String> loaded() {
            return Set.copyOf(loaded);
        }
    }
}
