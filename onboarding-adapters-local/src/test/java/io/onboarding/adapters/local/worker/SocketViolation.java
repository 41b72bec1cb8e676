package io.onboarding.adapters.local.worker;

import java.io.IOException;
import java.net.ServerSocket;

/** A deliberate violation for {@code ArchitectureTest}: a worker class that listens on a socket. Test sources only. */
final class SocketViolation {
    private SocketViolation() {
    }

    static ServerSocket listen() throws IOException {
        return new ServerSocket(0);
    }
}
