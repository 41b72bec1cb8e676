package io.onboarding.adapters.aws.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The emulators listen on the loopback interface only, and answer through clients built by the factory. */
class LocalAwsIT {
    private static final String IPV4_LOOPBACK = "0100007F";
    private static final String IPV4_MAPPED_LOOPBACK = "0000000000000000FFFF00000100007F";
    private static final String LISTEN = "0A";

    @ParameterizedTest
    @ValueSource(strings = {"dynamodb", "sqs", "s3"})
    void listensOnTheLoopbackInterfaceOnly(String service) throws IOException {
        URI endpoint = switch (service) {
            case "dynamodb" -> LocalAws.dynamoDbEndpoint();
            case "sqs" -> LocalAws.sqsEndpoint();
            default -> LocalAws.s3Endpoint();
        };

        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "the listening sockets are read from Linux's /proc");

        List<String> listeners = listenersOn(endpoint.getPort());

        assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
        assertThat(listeners).isNotEmpty().allMatch(address -> address.equals(IPV4_LOOPBACK)
                || address.equals(IPV4_MAPPED_LOOPBACK));
    }

    /** Local addresses (hex, as the kernel prints them) of the sockets listening on {@code port}; Linux only. */
    private static List<String> listenersOn(int port) throws IOException {
        var addresses = new ArrayList<String>();
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path);
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.trim().split("\\s+");
                String[] local = columns[1].split(":");
                if (local[1].equals(hexPort) && columns[3].equals(LISTEN)) {
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }
}
