package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.application.Review;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person decides an application that needs review: the review is recorded (who, when, the outcome, a reason code
 * and an optional note) with the decision before and after it, then the bank is notified (REVIEWED with the outcome
 * and the reason code; never the note). Repeating the same request is idempotent: it changes nothing, and sends
 * the notification only if an earlier attempt failed to.
 */
public final class ReviewApplication {
    /** Reviewer ids: a user name, an e-mail address or an IAM principal's name. */
    private static final Pattern REVIEWER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+:/=,-]{0,127}");
    /** The longest note kept. */
    public static final int MAX_NOTE_LENGTH = 2000;

    private final RecordKeeper records;
    private final Outbox outbox;

    public ReviewApplication(ApplicationRepository repository, Notifier notifier, ProcessingOptions options,
                             Clock clock) {
        this.records = new RecordKeeper(Objects.requireNonNull(repository, "repository"),
                Objects.requireNonNull(clock, "clock"), options.claimLease());
        this.outbox = new Outbox(records, Objects.requireNonNull(notifier, "notifier"), Outbox.NO_QUEUE);
    }

    /** What a reviewer asks for. Check it with {@link #validate} first to answer a bad request clearly. */
    public record Request(DecisionOutcome outcome, String reviewer, String reasonCode, Optional<String> note) {
        public Request {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reviewer, "reviewer");
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(note, "note");
            List<String> problems = validate(outcome, reviewer, reasonCode, note);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("invalid review request: " + String.join(", ", problems));
            }
        }
    }

    /**
     * What is wrong with a review request, as the names of the offending members (empty when nothing is). The
     * values themselves are never quoted: a note may hold personal data.
     */
    public static List<String> validate(DecisionOutcome outcome, String reviewer, String reasonCode,
                                        Optional<String> note) {
        var problems = new ArrayList<String>();
        if (outcome != DecisionOutcome.APPROVED && outcome != DecisionOutcome.REJECTED) {
            problems.add("outcome");
        }
        if (reviewer == null || !REVIEWER.matcher(reviewer).matches()) {
            problems.add("reviewer");
        }
        if (reasonCode == null || !HistoryEvent.isCode(reasonCode)) {
            problems.add("reasonCode");
        }
        if (note != null && note.isPresent() && !isAcceptableNote(note.get())) {
            problems.add("note");
        }
        return problems;
    }

    private static boolean isAcceptableNote(String note) {
        if (note.isEmpty() || note.length() > MAX_NOTE_LENGTH) {
            return false;
        }
        return note.codePoints().allMatch(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)
                && Character.getType(c) != Character.FORMAT);
    }

    /**
     * Records the review of application {@code id}.
     *
     * @throws ApplicationNotFoundException when no application has this id
     * @throws ApplicationStateException    when it does not need review, or was reviewed by another request
     * @throws io.onboarding.domain.port.DependencyException when the notifier failed: the review is recorded, and
     *         repeating the request sends the notification
     */
    public StepResult review(ApplicationId id, Request request) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        ApplicationRecord record = records.find(id).orElseThrow(() -> new ApplicationNotFoundException(id));
        boolean repeated = false;
        if (record.review().isPresent()) {
            repeated = true;
        } else if (!record.awaitsReview()) {
            throw new ApplicationStateException(id, ApplicationStateException.Code.NOT_AWAITING_REVIEW);
        } else {
            record = records.update(record, (r, at) -> r.review().isPresent() ? r
                    : r.withReview(new Review(at, request.reviewer(), request.outcome(), request.reasonCode(),
                            request.note())));
        }
        Review recorded = record.review().orElseThrow();
        if (!recorded.sameRequestAs(new Review(recorded.at(), request.reviewer(), request.outcome(),
                request.reasonCode(), request.note()))) {
            throw new ApplicationStateException(id, ApplicationStateException.Code.ALREADY_REVIEWED);
        }
        var performed = new ArrayList<StepResult.Performed>();
        record = outbox.notify(record, Effect.NOTIFY_REVIEWED, Notification.Kind.REVIEWED,
                List.of(recorded.outcome().name(), recorded.reasonCode()), performed);
        return repeated && performed.isEmpty() ? StepResult.duplicate(record) : StepResult.done(record, performed);
    }
}
