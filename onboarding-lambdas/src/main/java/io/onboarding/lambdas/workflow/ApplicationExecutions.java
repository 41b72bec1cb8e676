package io.onboarding.lambdas.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.sfn.WorkflowStarter;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.PackageRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One execution of the application workflow per uploaded package version. The execution's name is
 * {@code <app_uuid>-<first 16 hex digits of SHA-256(version)>} (the hashed {@code invalid-…} id for a key naming no
 * valid id), so a redelivered event cannot start a second execution; its input is
 * {@code {"bucket","key","version"}}, no personal data.
 */
public final class ApplicationExecutions {
    /** Step Functions' limit on an execution name. */
    static final int MAX_NAME = 80;
    private static final int VERSION_HASH_HEX = 16;
    /** What of a (long) application id fits before the version hash: 80 - 1 - 16. */
    private static final int MAX_ID_PART = MAX_NAME - 1 - VERSION_HASH_HEX;
    private static final int SHORTENED_ID_PREFIX = MAX_ID_PART - 1 - VERSION_HASH_HEX;

    /** What a start did. */
    public record Started(String executionName, WorkflowStarter.Start start) {
        public Started {
            Objects.requireNonNull(executionName, "executionName");
            Objects.requireNonNull(start, "start");
        }

        /** True when the execution existed already: a repeated event started nothing. */
        public boolean duplicate() {
            return start == WorkflowStarter.Start.ALREADY_STARTED;
        }
    }

    private final WorkflowStarter starter;
    private final ObjectMapper json;

    public ApplicationExecutions(WorkflowStarter starter, ObjectMapper json) {
        this.starter = Objects.requireNonNull(starter, "starter");
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * Starts the execution for the upload {@code ref} of {@code bucket}, or finds it started.
     *
     * @throws io.onboarding.domain.port.DependencyException when the workflow service failed
     */
    public Started start(String bucket, PackageRef ref) {
        Objects.requireNonNull(bucket, "bucket");
        String name = name(ref);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put(StepPayloads.BUCKET, bucket);
        input.put(StepPayloads.KEY, ref.key());
        input.put(StepPayloads.VERSION, ref.sourceVersion());
        return new Started(name, starter.start(name, StepPayloads.json(json, input)));
    }

    /**
     * The execution name of an upload: at most {@value #MAX_NAME} characters of {@code [A-Za-z0-9_-]}. An id too long
     * to fit (over 63 characters) is shortened to its first 46 characters, a dash and 16 hex digits of its own hash.
     */
    public static String name(PackageRef ref) {
        ApplicationId id = StepPayloads.applicationOf(ref);
        String idPart = id.value().length() <= MAX_ID_PART ? id.value()
                : id.value().substring(0, SHORTENED_ID_PREFIX) + "-" + sha256Hex(id.value());
        return idPart + "-" + sha256Hex(ref.sourceVersion());
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, VERSION_HASH_HEX / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
