package io.onboarding.adapters.aws.http;

import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.LicenseValidator;
import io.onboarding.domain.port.TransientDependencyException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * {@link LicenseValidator} that POSTs the licence number to the third-party validator over HTTPS (JDK HTTP client)
 * and expects a bare JSON boolean, both as {@link LicenseValidationWire} writes and reads them. 429, 5xx, I/O
 * errors and timeouts are retried with exponential backoff and full jitter, within {@link Settings#maxAttempts()}
 * and never past the caller's remaining time budget. Built with a {@link SigV4Signing}, it signs every attempt
 * anew, for a validator behind API Gateway's IAM authorisation.
 */
public final class HttpLicenseValidator implements LicenseValidator {
    static final String DEPENDENCY = "license-validator";

    private final URI validatorUrl;
    private final Settings settings;
    private final Backoff backoff;
    private final HttpClient http;
    private final Optional<SigV4Signing> signing;

    /** A validator called without authentication. */
    public HttpLicenseValidator(URI validatorUrl, Settings settings) {
        this(validatorUrl, settings, Optional.empty());
    }

    /** A validator whose every request is signed with {@code signing}. */
    public HttpLicenseValidator(URI validatorUrl, Settings settings, SigV4Signing signing) {
        this(validatorUrl, settings, Optional.of(signing));
    }

    private HttpLicenseValidator(URI validatorUrl, Settings settings, Optional<SigV4Signing> signing) {
        this.validatorUrl = Objects.requireNonNull(validatorUrl, "validatorUrl");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.signing = Objects.requireNonNull(signing, "signing");
        String scheme = validatorUrl.getScheme();
        if (!("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) || validatorUrl.getHost() == null) {
            throw new IllegalArgumentException("validator URL must be an absolute http(s) URL");
        }
        this.backoff = new Backoff(settings.baseDelay(), settings.maxDelay(), settings.jitter());
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // HTTP/1.1: no h2c upgrade dance on plain http, and API Gateway serves it either way
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public LicenseValidation validate(String driverLicenseId, boolean validationOverride) {
        String body = LicenseValidationWire.writeRequest(
                new LicenseValidationWire.Request(driverLicenseId, validationOverride));
        String lastFailure = "none";
        Throwable lastCause = null;
        for (int attempt = 1; ; attempt++) {
            long remaining = settings.remainingMillis().getAsLong();
            if (remaining <= 0) {
                throw new TransientDependencyException(DEPENDENCY, "POST not attempted (attempt " + attempt
                        + "): time budget used up; last failure: " + lastFailure, lastCause);
            }
            Duration timeout = min(settings.requestTimeout(), Duration.ofMillis(remaining));
            Optional<Duration> retryAfter = Optional.empty();
            try {
                HttpResponse<String> response = send(body, timeout);
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return LicenseValidationWire.readAnswer(response.body()).orElseThrow(() -> new DependencyException(
                            DEPENDENCY, "POST answered HTTP " + status + " with a body that is not a JSON boolean"));
                }
                if (status != 429 && status < 500) {
                    throw new DependencyException(DEPENDENCY, "POST answered HTTP " + status + " (attempt "
                            + attempt + "); not retried");
                }
                lastFailure = "HTTP " + status;
                lastCause = null;
                retryAfter = Backoff.parseRetryAfter(response.headers().firstValue("Retry-After"));
            } catch (IOException | TimeoutException failure) {
                lastFailure = describe(failure);
                lastCause = failure;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new TransientDependencyException(DEPENDENCY, "POST interrupted (attempt " + attempt + ")",
                        interrupted);
            }
            if (attempt >= settings.maxAttempts()) {
                throw new TransientDependencyException(DEPENDENCY, "POST gave up after " + attempt
                        + " attempts; last failure: " + lastFailure, lastCause);
            }
            if (retryAfter.isPresent() && retryAfter.get().compareTo(settings.maxDelay()) > 0) {
                throw new TransientDependencyException(DEPENDENCY, "POST gave up after " + attempt
                        + " attempts: validator asked to wait " + retryAfter.get().toSeconds() + " s; last failure: "
                        + lastFailure, lastCause);
            }
            Duration delay = backoff.beforeRetry(attempt, retryAfter);
            if (delay.toMillis() >= settings.remainingMillis().getAsLong()) {
                throw new TransientDependencyException(DEPENDENCY, "POST gave up after " + attempt
                        + " attempts: the next retry would pass the time budget; last failure: " + lastFailure,
                        lastCause);
            }
            sleep(delay, attempt);
        }
    }

    private HttpResponse<String> send(String body, Duration timeout)
            throws IOException, TimeoutException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        if (signing.isPresent()) {
            headers.putAll(signing.get().headersFor("POST", validatorUrl, headers, bytes));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(validatorUrl).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<String>> exchange =
                http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            // the request timeout only covers the wait for the response headers; this also bounds the body
            return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("exchange failed: " + failed.getCause().getClass().getSimpleName(),
                    failed.getCause());
        } catch (TimeoutException | InterruptedException stopped) {
            exchange.cancel(true);
            throw stopped;
        }
    }

    private void sleep(Duration delay, int attempt) {
        try {
            settings.sleeper().sleep(delay);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientDependencyException(DEPENDENCY, "interrupted while waiting to retry after attempt "
                    + attempt, interrupted);
        }
    }

    private static String describe(Exception failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "connect timeout";
        }
        if (failure instanceof HttpTimeoutException || failure instanceof TimeoutException) {
            return "timeout";
        }
        return failure.getClass().getSimpleName();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Waits between attempts. Tests inject one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper SYSTEM = delay -> Thread.sleep(delay.toMillis());

        void sleep(Duration delay) throws InterruptedException;
    }

    /** Picks the jittered delay: a value in {@code [0, capMillis]}. Tests inject a fixed choice. */
    @FunctionalInterface
    public interface Jitter {
        Jitter FULL = capMillis -> ThreadLocalRandom.current().nextLong(capMillis + 1);

        long pickMillis(long capMillis);
    }

    /**
     * Timeouts, retry limits and the time budget. {@code remainingMillis} is asked before every attempt and every
     * wait; a Lambda passes a supplier reading the current invocation's {@code getRemainingTimeInMillis()} minus a
     * safety margin (the validator is built once per environment, so the supplier must look the invocation up).
     *
     * @param connectTimeout  TCP and TLS connect limit
     * @param requestTimeout  limit for one attempt, shortened to the remaining budget
     * @param maxAttempts     attempts in all, 1-10
     * @param baseDelay       backoff cap before the first retry; doubles per retry
     * @param maxDelay        largest backoff cap; a {@code Retry-After} above it ends the retries
     * @param remainingMillis time left for the whole call; nothing starts or sleeps past it
     * @param sleeper         how to wait between attempts
     * @param jitter          where the random part of the backoff comes from
     */
    public record Settings(Duration connectTimeout, Duration requestTimeout, int maxAttempts, Duration baseDelay,
                           Duration maxDelay, LongSupplier remainingMillis, Sleeper sleeper, Jitter jitter) {
        public Settings {
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(requestTimeout, "requestTimeout");
            requirePositive(baseDelay, "baseDelay");
            requirePositive(maxDelay, "maxDelay");
            Objects.requireNonNull(remainingMillis, "remainingMillis");
            Objects.requireNonNull(sleeper, "sleeper");
            Objects.requireNonNull(jitter, "jitter");
            if (maxAttempts < 1 || maxAttempts > 10) {
                throw new IllegalArgumentException("maxAttempts must be within 1-10, was " + maxAttempts);
            }
            if (baseDelay.compareTo(maxDelay) > 0 || maxDelay.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("need baseDelay <= maxDelay <= 5 min");
            }
        }

        /** 2 s connect, 5 s per attempt, 3 attempts, backoff 200 ms doubling up to 2 s, no overall budget. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(200),
                    Duration.ofSeconds(2), () -> Long.MAX_VALUE, Sleeper.SYSTEM, Jitter.FULL);
        }

        public Settings withTimeouts(Duration connect, Duration perAttempt) {
            return new Settings(connect, perAttempt, maxAttempts, baseDelay, maxDelay, remainingMillis, sleeper,
                    jitter);
        }

        public Settings withRetries(int attempts, Duration base, Duration max) {
            return new Settings(connectTimeout, requestTimeout, attempts, base, max, remainingMillis, sleeper,
                    jitter);
        }

        public Settings withRemainingMillis(LongSupplier budget) {
            return new Settings(connectTimeout, requestTimeout, maxAttempts, baseDelay, maxDelay, budget, sleeper,
                    jitter);
        }

        public Settings withSleeper(Sleeper waiting) {
            return new Settings(connectTimeout, requestTimeout, maxAttempts, baseDelay, maxDelay, remainingMillis,
                    waiting, jitter);
        }

        public Settings withJitter(Jitter random) {
            return new Settings(connectTimeout, requestTimeout, maxAttempts, baseDelay, maxDelay, remainingMillis,
                    sleeper, random);
        }

        private static void requirePositive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
        }
    }
}
