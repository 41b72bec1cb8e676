package io.onboarding.adapters.aws.http;

import static io.onboarding.adapters.aws.recorded.LoopbackValidatorServer.Answer.after;
import static io.onboarding.adapters.aws.recorded.LoopbackValidatorServer.Answer.hangUp;
import static io.onboarding.adapters.aws.recorded.LoopbackValidatorServer.Answer.json;
import static io.onboarding.adapters.aws.recorded.LoopbackValidatorServer.Answer.reset;
import static io.onboarding.adapters.aws.recorded.LoopbackValidatorServer.Answer.respond;
import static io.onboarding.adapters.aws.recorded.LoopbackValidatorServer.Answer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.onboarding.adapters.aws.recorded.LoopbackValidatorServer.Request;
import io.onboarding.adapters.aws.recorded.LoopbackValidatorServer;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.adapters.aws.testing.SigV4Verifier;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The validator client against a loopback server that answers, stalls, resets and talks nonsense on cue. */
class HttpLicenseValidatorIT {
    private static final String LICENCE = "S123456579010";
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(300);
    private static final Duration BASE_DELAY = Duration.ofMillis(100);
    private static final Duration MAX_DELAY = Duration.ofSeconds(2);

    private LoopbackValidatorServer server;
    private FakeTime time;

    @BeforeEach
    void startServer() {
        server = LoopbackValidatorServer.start();
        time = FakeTime.unlimited();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void readsTrueAsValid() {
        server.answer(json("true"));

        LicenseValidation validation = validator(3).validate(LICENCE, true);

        assertThat(validation).isEqualTo(LicenseValidation.VALID);
        assertThat(server.requests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void readsFalseAsInvalid() {
        server.answer(json("false\n"));

        LicenseValidation validation = validator(3).validate(LICENCE, true);

        assertThat(validation).isEqualTo(LicenseValidation.INVALID);
    }

    @Test
    void postsExactlyTheOriginalJsonBody() {
        server.answer(json("true"));

        validator(3).validate(LICENCE, false);

        Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/license");
        assertThat(request.headers()).containsEntry("content-type", "application/json");
        assertThat(request.body()).isEqualTo("{\"driver_license_id\":\"S123456579010\",\"validation_override\":false}");
        assertThat(LicenseValidationWire.readRequest(request.body()))
                .isEqualTo(new LicenseValidationWire.Request(LICENCE, false));
    }

    @Test
    void retriesASlowValidatorThenGivesUpAsTransient() {
        server.answer(after(Duration.ofSeconds(10), json("true")));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> validator(3).validate(LICENCE, true));

        assertThat(failure).isInstanceOf(TransientDependencyException.class)
                .hasMessage("license-validator: POST gave up after 3 attempts; last failure: timeout");
        assertThat(server.requests()).hasSize(3);
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void succeedsWhenA503IsFollowedByAnAnswer() {
        server.answer(status(503), json("true"));

        LicenseValidation validation = validator(3).validate(LICENCE, true);

        assertThat(validation).isEqualTo(LicenseValidation.VALID);
        assertThat(server.requests()).hasSize(2);
        assertThat(time.sleeps()).containsExactly(BASE_DELAY);
    }

    @Test
    void waitsAsLongAsA429sRetryAfterAsks() {
        server.answer(status(429, "Retry-After: 1"), json("false"));

        LicenseValidation validation = validator(3).validate(LICENCE, true);

        assertThat(validation).isEqualTo(LicenseValidation.INVALID);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void retriesA429WithoutRetryAfterWithBackoff() {
        server.answer(status(429), status(429), json("true"));

        LicenseValidation validation = validator(3).validate(LICENCE, true);

        assertThat(validation).isEqualTo(LicenseValidation.VALID);
        assertThat(time.sleeps()).containsExactly(BASE_DELAY, BASE_DELAY.multipliedBy(2));
    }

    @Test
    void givesUpWhenRetryAfterIsLongerThanTheLongestBackoff() {
        server.answer(status(429, "Retry-After: 120"), json("true"));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> validator(3).validate(LICENCE, true));

        assertThat(failure).isInstanceOf(TransientDependencyException.class).hasMessageContaining("wait 120 s");
        assertThat(server.requests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 413})
    void failsPermanentlyOnAClientErrorWithoutRetrying(int status) {
        server.answer(status(status), json("true"));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> validator(3).validate(LICENCE, true));

        assertThat(failure).isNotInstanceOf(TransientDependencyException.class)
                .hasMessage("license-validator: POST answered HTTP " + status + " (attempt 1); not retried");
        assertThat(server.requests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void retriesAfterTheConnectionIsReset() {
        server.answer(reset(), json("true"));

        LicenseValidation validation = validator(3).validate(LICENCE, true);

        assertThat(validation).isEqualTo(LicenseValidation.VALID);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void retriesAfterTheValidatorHangsUpWithoutAnswering() {
        server.answer(hangUp(), json("false"));

        LicenseValidation validation = validator(3).validate(LICENCE, true);

        assertThat(validation).isEqualTo(LicenseValidation.INVALID);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void reportsAPersistentlyResettingValidatorAsTransient() {
        server.answer(reset());

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> validator(3).validate(LICENCE, true));

        assertThat(failure).isInstanceOf(TransientDependencyException.class)
                .hasMessageContaining("gave up after 3 attempts");
        assertThat(server.requests()).hasSize(3);
    }

    static Stream<Arguments> garbage() {
        return Stream.of(
                Arguments.of("application/json", "\"yes\""),
                Arguments.of("application/json", "yes"),
                Arguments.of("application/json", "{\"valid\":true}"),
                Arguments.of("application/json", "\"true\""),
                Arguments.of("application/json", "{\"statusCode\":200,\"body\":true}"),
                Arguments.of("text/html", "<html><body><h1>Welcome</h1></body></html>"),
                Arguments.of("application/json", ""),
                Arguments.of(null, "1"));
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void refusesToGuessFromAnAnswerThatIsNotABoolean(String contentType, String body) {
        server.answer(respond(200, contentType, body));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> validator(3).validate(LICENCE, true));

        assertThat(failure).isNotInstanceOf(TransientDependencyException.class)
                .hasMessage("license-validator: POST answered HTTP 200 with a body that is not a JSON boolean");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void stopsRetryingBeforeASleepWouldPassTheBudget() {
        time = FakeTime.withBudget(Duration.ofMillis(250));
        server.answer(status(503));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> validator(5).validate(LICENCE, true));

        // attempt 1, sleep 100 (150 left), attempt 2, a 200 ms sleep would not fit: stop
        assertThat(failure).isInstanceOf(TransientDependencyException.class)
                .hasMessageContaining("gave up after 2 attempts: the next retry would pass the time budget");
        assertThat(server.requests()).hasSize(2);
        assertThat(time.sleeps()).containsExactly(BASE_DELAY);
    }

    @Test
    void makesNoAttemptWhenTheBudgetIsAlreadyUsedUp() {
        time = FakeTime.withBudget(Duration.ZERO);

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> validator(3).validate(LICENCE, true));

        assertThat(failure).isInstanceOf(TransientDependencyException.class)
                .hasMessageContaining("time budget used up");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shortensTheAttemptToTheRemainingBudget() {
        long deadline = System.nanoTime() + Duration.ofMillis(400).toNanos();
        HttpLicenseValidator.Settings settings = settings(3)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .withRemainingMillis(() -> Duration.ofNanos(deadline - System.nanoTime()).toMillis());
        server.answer(after(Duration.ofSeconds(10), json("true")));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> new HttpLicenseValidator(server.uri(), settings).validate(LICENCE, true));

        // the one attempt is cut at the 400 ms budget instead of the 30 s per-attempt timeout, and nothing follows
        assertThat(failure).isInstanceOf(TransientDependencyException.class);
        assertThat(server.requests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void reportsAnUnreachableValidatorAsTransient() {
        server.close();

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> validator(2).validate(LICENCE, true));

        assertThat(failure).isInstanceOf(TransientDependencyException.class)
                .hasMessageContaining("gave up after 2 attempts; last failure: ConnectException");
    }

    @Test
    void signsEachAttemptSoThatApiGatewaysIamAuthorisationAcceptsIt() {
        server.answer(status(503), json("true"));
        var signed = new HttpLicenseValidator(server.uri(), settings(3), SigV4Signing.forApiGateway(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalAws.ACCESS_KEY, LocalAws.SECRET_KEY)),
                LocalAws.REGION.id()));

        LicenseValidation validation = signed.validate(LICENCE, true);

        assertThat(validation).isEqualTo(LicenseValidation.VALID);
        assertThat(server.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.headers().get("authorization"))
                    .startsWith("AWS4-HMAC-SHA256 Credential=" + LocalAws.ACCESS_KEY + "/")
                    .contains("/" + LocalAws.REGION.id() + "/execute-api/aws4_request");
            assertThat(verdict(SigV4Verifier.forLocalCredentials("execute-api"), request))
                    .isEqualTo(SigV4Verifier.Verdict.VALID);
        });
    }

    @Test
    void aSignatureMadeWithAnotherSecretDoesNotVerify() {
        var wronglySigned = new HttpLicenseValidator(server.uri(), settings(1), SigV4Signing.forApiGateway(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalAws.ACCESS_KEY, "not-the-secret")),
                LocalAws.REGION.id()));

        wronglySigned.validate(LICENCE, true);

        assertThat(verdict(SigV4Verifier.forLocalCredentials("execute-api"), server.requests().get(0)))
                .isEqualTo(SigV4Verifier.Verdict.SIGNATURE_MISMATCH);
        assertThat(verdict(SigV4Verifier.forLocalCredentials("s3"), server.requests().get(0)))
                .isEqualTo(SigV4Verifier.Verdict.WRONG_SCOPE);
    }

    @Test
    void sendsNoAuthorisationWhenBuiltWithoutSigning() {
        validator(1).validate(LICENCE, true);

        assertThat(server.requests().get(0).headers()).doesNotContainKey("authorization");
        assertThat(verdict(SigV4Verifier.forLocalCredentials("execute-api"), server.requests().get(0)))
                .isEqualTo(SigV4Verifier.Verdict.UNSIGNED);
    }

    @Test
    void failsWithoutCallingWhenThereAreNoCredentialsToSignWith() {
        var unsigned = new HttpLicenseValidator(server.uri(), settings(3), SigV4Signing.forApiGateway(
                () -> {
                    throw SdkClientException.create("no credentials here");
                }, LocalAws.REGION.id()));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> unsigned.validate(LICENCE, true));

        assertThat(failure).hasMessageContaining("no credentials to sign with");
        assertThat(failure.isRetryable()).isFalse();
        assertThat(server.requests()).isEmpty();
    }

    private static SigV4Verifier.Verdict verdict(SigV4Verifier verifier, Request request) {
        var headers = new LinkedHashMap<String, List<String>>();
        request.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        return verifier.verify(request.method(), "http", request.path(), headers,
                request.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsTheLicenceNumberOutOfFailureMessages() {
        server.answer(status(503), reset(), json("\"S123456579010\""));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> validator(3).validate(LICENCE, true));

        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(LICENCE);
        }
    }

    private HttpLicenseValidator validator(int maxAttempts) {
        return new HttpLicenseValidator(server.uri(), settings(maxAttempts));
    }

    /** Full-jitter picks the whole cap, so sleeps are deterministic: 100, 200, 400 ... ms. */
    private HttpLicenseValidator.Settings settings(int maxAttempts) {
        return HttpLicenseValidator.Settings.defaults()
                .withTimeouts(Duration.ofSeconds(1), ATTEMPT_TIMEOUT)
                .withRetries(maxAttempts, BASE_DELAY, MAX_DELAY)
                .withRemainingMillis(time)
                .withSleeper(time)
                .withJitter(cap -> cap);
    }
}
