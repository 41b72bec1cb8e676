package io.onboarding.adapters.aws.testing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/**
 * Checks SigV4 {@code Authorization} headers the way API Gateway's IAM authorisation does, for tests: the access key
 * must be known, the scope must name this region and service, the date must be within five minutes of the clock,
 * and the signature must be the one the SDK's signer computes for the request as received (its signed headers, its
 * path and query, its body) with that key's secret at that date.
 */
public final class SigV4Verifier {
    /** How far a request's date may be from the verifier's clock. */
    static final Duration SKEW = Duration.ofMinutes(5);
    private static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/,\\s]+)/(\\d{8})/"
            + "([^/,\\s]+)/([^/,\\s]+)/aws4_request,\\s*SignedHeaders=([a-z0-9;._-]+),\\s*Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Why a request was or was not accepted. */
    public enum Verdict {
        VALID, UNSIGNED, MALFORMED, UNKNOWN_ACCESS_KEY, WRONG_SCOPE, EXPIRED, SIGNATURE_MISMATCH
    }

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final Map<String, String> secrets;
    private final String region;
    private final String service;
    private final Clock clock;

    /** @param secrets the secret access key of each access key id that may call */
    public SigV4Verifier(Map<String, String> secrets, String region, String service, Clock clock) {
        this.secrets = Map.copyOf(secrets);
        this.region = Objects.requireNonNull(region, "region");
        this.service = Objects.requireNonNull(service, "service");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A verifier for the local servers' credentials ({@link LocalAws}) in their region. */
    public static SigV4Verifier forLocalCredentials(String service) {
        return new SigV4Verifier(Map.of(LocalAws.ACCESS_KEY, LocalAws.SECRET_KEY), LocalAws.REGION.id(), service,
                Clock.systemUTC());
    }

    /**
     * @param method    the request's method
     * @param scheme    {@code http} or {@code https}
     * @param rawTarget the request target as sent: the path and the query string, still encoded
     * @param headers   the request's headers (any case; several values of one header in one list)
     * @param body      the request's body as received
     */
    public Verdict verify(String method, String scheme, String rawTarget, Map<String, List<String>> headers,
                          byte[] body) {
        var lower = new TreeMap<String, String>();
        headers.forEach((name, values) -> lower.merge(name.toLowerCase(Locale.ROOT), String.join(",", values),
                (a, b) -> a + "," + b));
        String authorization = lower.get("authorization");
        if (authorization == null) {
            return Verdict.UNSIGNED;
        }
        Matcher auth = AUTHORIZATION.matcher(authorization.strip());
        String amzDate = lower.get("x-amz-date");
        String host = lower.get("host");
        if (!auth.matches() || amzDate == null || host == null) {
            return Verdict.MALFORMED;
        }
        String secret = secrets.get(auth.group(1));
        if (secret == null) {
            return Verdict.UNKNOWN_ACCESS_KEY;
        }
        if (!region.equals(auth.group(3)) || !service.equals(auth.group(4))) {
            return Verdict.WRONG_SCOPE;
        }
        Instant signedAt;
        try {
            signedAt = AMZ_DATE.parse(amzDate, Instant::from);
        } catch (DateTimeParseException e) {
            return Verdict.MALFORMED;
        }
        if (!auth.group(2).equals(amzDate.substring(0, 8))) {
            return Verdict.WRONG_SCOPE;
        }
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(SKEW) > 0) {
            return Verdict.EXPIRED;
        }
        List<String> signedHeaders = List.of(auth.group(5).split(";"));
        if (!signedHeaders.contains("host")) {
            return Verdict.MALFORMED;
        }
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method))
                .uri(URI.create(scheme + "://" + host + rawTarget));
        for (String name : signedHeaders) {
            String value = lower.get(name);
            if (value == null) {
                return Verdict.MALFORMED;
            }
            if (!"host".equals(name)) {
                request.putHeader(name, value);
            }
        }
        String expected = signer.sign(sign -> sign
                        .identity(AwsBasicCredentials.create(auth.group(1), secret))
                        .request(request.build())
                        .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)))
                .request().firstMatchingHeader("Authorization").orElse("");
        Matcher recomputed = AUTHORIZATION.matcher(expected);
        // compared by parts: clients differ in the spaces between them
        return recomputed.matches() && recomputed.group(5).equals(auth.group(5))
                && recomputed.group(6).equals(auth.group(6)) ? Verdict.VALID : Verdict.SIGNATURE_MISMATCH;
    }
}
