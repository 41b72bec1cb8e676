package io.onboarding.adapters.aws.fauxqs;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The fauxqs SNS/SQS emulator (npm, run by the system Node through {@code src/test/fauxqs/fauxqs-loopback.mjs}),
 * started once per JVM on 127.0.0.1 and stopped by a shutdown hook; it also exits by itself when its stdin closes,
 * so a killed JVM cannot leak it. Builds SDK clients against it.
 */
public final class Fauxqs {
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static Fauxqs shared;

    private final Process process;
    private final URI endpoint;

    private Fauxqs(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** The JVM-wide instance, started on first use. */
    public static synchronized Fauxqs shared() {
        if (shared == null) {
            shared = start(directory());
            Fauxqs started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "fauxqs-stop"));
        }
        return shared;
    }

    public URI endpoint() {
        return endpoint;
    }

    public SnsClient sns() {
        return SnsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public SqsClient sqs() {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static Path directory() {
        // failsafe passes fauxqs.dir; an IDE run from the module directory finds the default
        Path dir = Path.of(System.getProperty("fauxqs.dir", "src/test/fauxqs")).toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("node_modules/fauxqs"))) {
            throw new IllegalStateException("fauxqs is not installed: run 'npm ci' in " + dir
                    + " (the Maven build does this when node_modules is missing)");
        }
        return dir;
    }

    private static Fauxqs start(Path dir) {
        try {
            Process process = new ProcessBuilder(System.getProperty("fauxqs.node", "node"), "fauxqs-loopback.mjs")
                    .directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
            String line;
            try {
                line = CompletableFuture.supplyAsync(() -> readLine(stdout))
                        .get(STARTUP.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
                throw new IllegalStateException("fauxqs did not report its port within " + STARTUP, e);
            }
            if (line == null) {
                throw new IllegalStateException("fauxqs exited before reporting its port: " + process.waitFor());
            }
            int port = new ObjectMapper().readTree(line).get("port").asInt();
            return new Fauxqs(process, URI.create("http://127.0.0.1:" + port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting fauxqs", e);
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stop() {
        try {
            process.getOutputStream().close();   // the wrapper stops fauxqs when stdin ends
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }
}
