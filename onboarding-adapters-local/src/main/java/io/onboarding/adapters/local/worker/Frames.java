package io.onboarding.adapters.local.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Optional;

/**
 * The frames that carry requests and answers over a worker's standard input and output: a 4-byte marker, a 4-byte
 * length, then that many bytes. The marker makes stray output on the channel (a native library printing to standard
 * output) a protocol error instead of a misread length; the length is bounded before anything is allocated.
 */
final class Frames {
    /** "OBW1". */
    static final int MARKER = 0x4F425731;

    private Frames() {
    }

    static void write(DataOutputStream out, byte[] payload) throws IOException {
        out.writeInt(MARKER);
        out.writeInt(payload.length);
        out.write(payload);
    }

    /**
     * The next frame, or empty at a clean end of the stream (before a frame starts).
     *
     * @throws ProtocolException when the marker is wrong, the length is out of bounds or the stream ends inside a
     *                           frame
     */
    static Optional<byte[]> read(DataInputStream in, int maxLength) throws IOException {
        int first = in.read();
        if (first < 0) {
            return Optional.empty();
        }
        try {
            int marker = (first << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedShort());
            if (marker != MARKER) {
                throw new ProtocolException("not a frame marker");
            }
            int length = in.readInt();
            if (length < 0 || length > maxLength) {
                throw new ProtocolException("frame length " + length + " outside 0-" + maxLength);
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            return Optional.of(payload);
        } catch (EOFException e) {
            throw new ProtocolException("the stream ended inside a frame");
        }
    }

    /** The channel carried something that is not a frame of this protocol. */
    static final class ProtocolException extends IOException {
        private static final long serialVersionUID = 1L;

        ProtocolException(String message) {
            super(message);
        }
    }
}
