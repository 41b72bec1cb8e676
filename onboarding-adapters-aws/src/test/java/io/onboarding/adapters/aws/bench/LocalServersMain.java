package io.onboarding.adapters.aws.bench;

import io.onboarding.adapters.aws.testing.LocalAws;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the local servers for {@link ClientStartupBenchmark} in their own JVM, so that their classes and threads do
 * not count against the measured JVM. Writes the SDK endpoint system properties, one {@code -Dname=value} per
 * line, to the file named by the first argument, then serves until standard input closes or the process is
 * terminated (the shutdown hook stops the servers).
 */
public final class LocalServersMain {
    private LocalServersMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LocalServersMain <endpoints-file>");
        }
        var stub = new LoopbackStubServer();
        Runtime.getRuntime().addShutdownHook(new Thread(stub::close, "stub-shutdown"));
        List<String> properties = List.of(
                "-Daws.endpointUrlDynamoDb=" + LocalAws.dynamoDbEndpoint(),
                "-Daws.endpointUrlSqs=" + LocalAws.sqsEndpoint(),
                "-Daws.endpointUrlS3=" + LocalAws.s3Endpoint(),
                "-Daws.endpointUrlSns=" + stub.endpoint(),
                "-Daws.endpointUrlRekognition=" + stub.endpoint(),
                "-Daws.endpointUrlTextract=" + stub.endpoint());
        Path target = Path.of(args[0]);
        Path partial = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(partial, properties, StandardCharsets.UTF_8);
        Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        while (System.in.read() != -1) {
            // serve until the benchmark script closes our standard input
        }
        System.exit(0);
    }
}
