package io.onboarding.lambdas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.adapters.aws.s3.UploadLinks;
import io.onboarding.domain.application.ApplicationStatus;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.usecase.ApplicationNotFoundException;
import io.onboarding.domain.usecase.ApplicationStateException;
import io.onboarding.domain.usecase.ConcurrentUpdateException;
import io.onboarding.domain.usecase.PurgeApplicationDocuments;
import io.onboarding.domain.usecase.ReviewApplication;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The routes of the bank's API (see {@code api/openapi.yaml}):
 * <ul>
 *   <li>{@code POST /applications}: a presigned upload link for a new application's package (409 when the id
 *       already has a record);</li>
 *   <li>{@code GET /applications/{id}}: the application's status;</li>
 *   <li>{@code POST /applications/{id}/review}: a reviewer's decision on an application that needs review;</li>
 *   <li>{@code DELETE /applications/{id}/documents}: the purge of its package and files.</li>
 * </ul>
 * Bad input is a 400 naming the members at fault, an unknown id a 404, a request the application's state does not
 * allow a 409 with the domain's code, a failed dependency (or a concurrent change) a 503 to be retried: the use
 * cases are idempotent. Answers and log lines carry ids, codes and timestamps only; input values are never echoed.
 */
public final class ApplicationApi {
    public static final String CREATE = "POST /applications";
    public static final String STATUS = "GET /applications/{id}";
    public static final String REVIEW = "POST /applications/{id}/review";
    public static final String PURGE = "DELETE /applications/{id}/documents";

    /** Who asks for a purge: the same form as a reviewer's id (a user name, an e-mail address, an IAM name). */
    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+:/=,-]{0,127}");
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json",
            "Cache-Control", "no-store");

    private final ApplicationRepository repository;
    private final ReviewApplication review;
    private final PurgeApplicationDocuments purge;
    private final UploadLinks uploads;
    private final long maxPackageBytes;
    private final ObjectMapper json;
    private final DecisionLog log;
    private final OnboardingMetrics metrics;

    /** @param maxPackageBytes the largest package an upload link allows: the intake's archive limit */
    public ApplicationApi(ApplicationRepository repository, ReviewApplication review, PurgeApplicationDocuments purge,
                          UploadLinks uploads, long maxPackageBytes, ObjectMapper json, DecisionLog log,
                          OnboardingMetrics metrics) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.review = Objects.requireNonNull(review, "review");
        this.purge = Objects.requireNonNull(purge, "purge");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.json = Objects.requireNonNull(json, "json");
        this.log = Objects.requireNonNull(log, "log");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        if (maxPackageBytes < 1) {
            throw new IllegalArgumentException("maxPackageBytes must be positive");
        }
        this.maxPackageBytes = maxPackageBytes;
    }

    /** Answers one request; never throws. */
    public ApiResponse handle(ApiRequest request, String requestId) {
        var handled = new Handled();
        ApiResponse response;
        try {
            response = switch (request.routeKey()) {
                case CREATE -> create(request, handled);
                case STATUS -> status(request, handled);
                case REVIEW -> review(request, handled);
                case PURGE -> purge(request, handled);
                default -> throw new Refusal(404, "NOT_FOUND", List.of());
            };
        } catch (Refusal refusal) {
            response = error(handled, refusal.status, refusal.code, refusal.fields);
        } catch (ApplicationNotFoundException e) {
            response = error(handled, 404, "NOT_FOUND", List.of());
        } catch (ApplicationStateException e) {
            response = error(handled, 409, e.code().name(), List.of());
        } catch (DependencyException | ConcurrentUpdateException e) {
            log.failed(requestId, handled.subject(), e, true);
            response = retryLater(handled, e instanceof DependencyException ? "DEPENDENCY_FAILURE" : "CONCURRENT_UPDATE");
        } catch (IllegalArgumentException e) {
            // a value the checks above let through but the domain refused: still the caller's input
            response = error(handled, 400, "BAD_REQUEST", List.of());
        } catch (RuntimeException e) {
            log.failed(requestId, handled.subject(), e, false);
            response = error(handled, 500, "INTERNAL_ERROR", List.of());
        }
        log.answered(requestId, request.routeKey(), handled.id, response.status(), handled.error);
        return response;
    }

    private ApiResponse create(ApiRequest request, Handled handled) {
        ObjectNode body = object(request.body(), Set.of("appUuid", "contentLength"));
        var problems = new ArrayList<String>();
        Optional<String> requested = text(body, "appUuid", problems);
        if (requested.isPresent() && !ApplicationId.isValid(requested.get())) {
            problems.add("appUuid");
        }
        JsonNode length = body.get("contentLength");
        if (length == null || !length.isIntegralNumber() || !length.canConvertToLong() || length.asLong() < 1
                || length.asLong() > maxPackageBytes) {
            problems.add("contentLength");
        }
        refuseIfAny(problems);
        ApplicationId id = ApplicationId.of(requested.orElseGet(() -> UUID.randomUUID().toString()));
        handled.id = id.value();
        if (repository.find(id).isPresent()) {
            throw new Refusal(409, "ALREADY_EXISTS", List.of());
        }
        var created = new ApiDocuments.Created(id.value(),
                ApiDocuments.Upload.of(uploads.forPackage(id, length.asLong())));
        var headers = new HashMap<>(JSON_HEADERS);
        headers.put("Location", "/applications/" + id.value());
        return new ApiResponse(201, headers, write(created));
    }

    private ApiResponse status(ApiRequest request, Handled handled) {
        ApplicationId id = pathId(request, handled);
        return ok(ApplicationStatus.of(repository.find(id).orElseThrow(() -> new Refusal(404, "NOT_FOUND",
                List.of()))));
    }

    private ApiResponse review(ApiRequest request, Handled handled) {
        ApplicationId id = pathId(request, handled);
        ObjectNode body = object(request.body(), Set.of("outcome", "reviewer", "reasonCode", "note"));
        var problems = new ArrayList<String>();
        Optional<DecisionOutcome> outcome = text(body, "outcome", problems).flatMap(ApplicationApi::reviewOutcome);
        Optional<String> reviewer = text(body, "reviewer", problems);
        Optional<String> reasonCode = text(body, "reasonCode", problems);
        Optional<String> note = text(body, "note", problems);
        problems.addAll(ReviewApplication.validate(outcome.orElse(null), reviewer.orElse(null),
                reasonCode.orElse(null), note));
        refuseIfAny(problems);
        StepResult result = review.review(id, new ReviewApplication.Request(outcome.orElseThrow(),
                reviewer.orElseThrow(), reasonCode.orElseThrow(), note));
        metrics.reviewed(result);
        return ok(ApplicationStatus.of(result.record()));
    }

    private ApiResponse purge(ApiRequest request, Handled handled) {
        ApplicationId id = pathId(request, handled);
        var problems = new ArrayList<String>();
        Optional<String> requestedBy;
        Optional<String> reasonCode;
        if (request.body().filter(body -> !body.isBlank()).isPresent()) {
            ObjectNode body = object(request.body(), Set.of("requestedBy", "reasonCode"));
            requestedBy = text(body, "requestedBy", problems);
            reasonCode = text(body, "reasonCode", problems);
        } else {
            requestedBy = Optional.ofNullable(request.query().get("requestedBy"));
            reasonCode = Optional.ofNullable(request.query().get("reasonCode"));
        }
        if (requestedBy.filter(actor -> ACTOR.matcher(actor).matches()).isEmpty()) {
            problems.add("requestedBy");
        }
        if (reasonCode.filter(HistoryEvent::isCode).isEmpty()) {
            problems.add("reasonCode");
        }
        refuseIfAny(problems);
        StepResult result = purge.purge(id, requestedBy.orElseThrow(), reasonCode.orElseThrow());
        return ok(ApplicationStatus.of(result.record()));
    }

    private static Optional<DecisionOutcome> reviewOutcome(String outcome) {
        return switch (outcome) {
            case "APPROVED" -> Optional.of(DecisionOutcome.APPROVED);
            case "REJECTED" -> Optional.of(DecisionOutcome.REJECTED);
            default -> Optional.empty();
        };
    }

    private static ApplicationId pathId(ApiRequest request, Handled handled) {
        String id = request.pathParameters().get("id");
        if (!ApplicationId.isValid(id)) {
            throw new Refusal(400, "BAD_REQUEST", List.of("id"));
        }
        handled.id = id;
        return ApplicationId.of(id);
    }

    /** The body as a JSON object with no member outside {@code allowed}; anything else is refused as "body". */
    private ObjectNode object(Optional<String> body, Set<String> allowed) {
        JsonNode node;
        try {
            node = json.readTree(body.orElse(""));
        } catch (JsonProcessingException e) {
            throw new Refusal(400, "BAD_REQUEST", List.of("body"));
        }
        if (!(node instanceof ObjectNode object)) {
            throw new Refusal(400, "BAD_REQUEST", List.of("body"));
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            if (!allowed.contains(names.next())) {
                throw new Refusal(400, "BAD_REQUEST", List.of("body"));
            }
        }
        return object;
    }

    /** A string member; absent or null is empty, any other type is a problem named {@code name}. */
    private static Optional<String> text(ObjectNode body, String name, List<String> problems) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            problems.add(name);
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    private static void refuseIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new Refusal(400, "BAD_REQUEST", List.copyOf(new LinkedHashSet<>(problems)));
        }
    }

    private ApiResponse ok(ApplicationStatus status) {
        return new ApiResponse(200, JSON_HEADERS, write(ApiDocuments.Status.of(status)));
    }

    private ApiResponse retryLater(Handled handled, String code) {
        handled.error = code;
        var headers = new HashMap<>(JSON_HEADERS);
        headers.put("Retry-After", "1");
        return new ApiResponse(503, headers, write(new ApiDocuments.Error(code, List.of())));
    }

    private ApiResponse error(Handled handled, int status, String code, List<String> fields) {
        handled.error = code;
        return new ApiResponse(status, JSON_HEADERS, write(new ApiDocuments.Error(code, fields)));
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an API document", e);
        }
    }

    /** What the log line of a request names: the id once it is known to be valid, and the error code. */
    private static final class Handled {
        private String id;
        private String error;

        String subject() {
            return id == null ? "-" : id;
        }
    }

    /** A refusal decided here (bad input, unknown id, conflict), answered as it says. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String code;
        private final transient List<String> fields;

        Refusal(int status, String code, List<String> fields) {
            super(code, null, false, false);
            this.status = status;
            this.code = code;
            this.fields = fields;
        }
    }
}
