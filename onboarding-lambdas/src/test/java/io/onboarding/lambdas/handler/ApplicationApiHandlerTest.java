package io.onboarding.lambdas.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.Fakes;
import io.onboarding.lambdas.di.TestApplicationApiComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API function on the domain's fakes: each route's answers, refusals and what it logs. */
class ApplicationApiHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTE = "Called Nick Sample at home, he confirmed the licence S123456579010";
    private static final String REVIEW = "{\"outcome\":\"APPROVED\",\"reviewer\":\"ops.officer@bank.example\","
            + "\"reasonCode\":\"DOCUMENTS_VERIFIED_BY_PHONE\",\"note\":\"" + NOTE + "\"}";

    private final TestApplicationApiComponent component = TestApplicationApiComponent.create();
    private final Fakes fakes = component.fakes();
    private final ApplicationApiHandler handler = new ApplicationApiHandler(component);

    @Test
    void givesAPresignedUploadOfExactlyTheNewApplicationsPackage() throws Exception {
        APIGatewayV2HTTPResponse response = call("POST /applications", Map.of(), "{\"contentLength\":1000}");

        JsonNode body = JSON.readTree(response.getBody());
        String id = body.get("appUuid").asText();
        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(ApplicationId.isValid(id)).isTrue();
        assertThat(response.getHeaders()).containsEntry("Location", "/applications/" + id);
        assertThat(body.at("/upload/method").asText()).isEqualTo("PUT");
        assertThat(body.at("/upload/url").asText())
                .startsWith("http://127.0.0.1:1/" + TestApplicationApiComponent.BUCKET + "/zipped/" + id + ".zip?")
                .contains("X-Amz-Expires=300");
        assertThat(body.at("/upload/headers/Content-Length").asText()).isEqualTo("1000");
        assertThat(body.at("/upload/headers/Content-Type").asText()).isEqualTo("application/zip");
        assertThat(body.at("/upload/expiresAt").asText()).endsWith("Z");
    }

    @Test
    void takesTheCallersIdForTheUpload() throws Exception {
        APIGatewayV2HTTPResponse response = call("POST /applications", Map.of(),
                "{\"appUuid\":\"c4000001\",\"contentLength\":5}");

        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(JSON.readTree(response.getBody()).at("/upload/url").asText()).contains("/zipped/c4000001.zip?");
    }

    @Test
    void refusesAnUploadForAnIdThatAlreadyHasARecord() {
        decided(TestApplications.SAMPLE_APPROVED);

        APIGatewayV2HTTPResponse response = call("POST /applications", Map.of(),
                "{\"appUuid\":\"8d247914\",\"contentLength\":5}");

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(response.getBody()).isEqualTo("{\"error\":\"ALREADY_EXISTS\",\"fields\":[]}");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{}`                                          | contentLength",
        "`{\"contentLength\":0}`                       | contentLength",
        "`{\"contentLength\":31457281}`                | contentLength",
        "`{\"contentLength\":\"12\"}`                  | contentLength",
        "`{\"contentLength\":1.5}`                     | contentLength",
        "`{\"appUuid\":\"../SECRET\",\"contentLength\":5}` | appUuid",
        "`{\"appUuid\":7,\"contentLength\":5}`         | appUuid",
        "`SECRET not json`                             | body",
        "`[\"SECRET\"]`                                | body",
        "`{\"contentLength\":5,\"SECRET\":1}`          | body",
        "``                                            | body"})
    void refusesABadUploadRequestNamingTheMemberNotItsValue(String body, String field) {
        APIGatewayV2HTTPResponse response = call("POST /applications", Map.of(), body);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).isEqualTo("{\"error\":\"BAD_REQUEST\",\"fields\":[\"" + field + "\"]}");
    }

    @Test
    void showsADecidedApplicationsStatusWithCodesAndHistoryOnly() throws Exception {
        decided(TestApplications.SAMPLE_APPROVED);

        APIGatewayV2HTTPResponse response = call("GET /applications/{id}", Map.of("id", "8d247914"), null);

        JsonNode body = JSON.readTree(response.getBody());
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body.get("appUuid").asText()).isEqualTo("8d247914");
        assertThat(body.get("stage").asText()).isEqualTo("DECIDED");
        assertThat(body.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(body.get("face").asText()).isEqualTo("MATCH");
        assertThat(body.at("/selfie/outcome").asText()).isEqualTo("PASSED");
        assertThat(body.at("/selfie/codes/0").asText()).isEqualTo("SELFIE_OK");
        assertThat(body.at("/selfie/facesFound").asInt()).isEqualTo(1);
        assertThat(body.get("selfie").size()).as("codes only, no measures").isEqualTo(3);
        assertThat(body.get("licenseValidation").asText()).isEqualTo("VALID");
        assertThat(body.at("/details/fields")).isNotEmpty().allSatisfy(field -> {
            assertThat(field.get("field").asText()).matches("[A-Z_]+");
            assertThat(field.get("outcome").asText()).matches("[A-Z_]+");
        });
        assertThat(kinds(body)).startsWith("RECEIVED").endsWith("DECIDED");
        assertThat(response.getBody()).doesNotContain("NICK", "SAMPLE", "S123456579010", "1957", "MAIN",
                "TALLAHASSEE");
    }

    @Test
    void answersNotFoundForAnUnknownIdAndBadRequestForAnInvalidOne() {
        APIGatewayV2HTTPResponse unknown = call("GET /applications/{id}", Map.of("id", "d5000001"), null);
        APIGatewayV2HTTPResponse invalid = call("GET /applications/{id}", Map.of("id", "x.y"), null);

        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(unknown.getBody()).isEqualTo("{\"error\":\"NOT_FOUND\",\"fields\":[]}");
        assertThat(invalid.getStatusCode()).isEqualTo(400);
        assertThat(invalid.getBody()).isEqualTo("{\"error\":\"BAD_REQUEST\",\"fields\":[\"id\"]}");
    }

    @Test
    void reviewsAnApplicationThatNeedsReviewAndNotifiesTheBankWithCodesOnly() throws Exception {
        needingReview(TestApplications.SAMPLE_APPROVED);

        APIGatewayV2HTTPResponse response = call("POST /applications/{id}/review", Map.of("id", "8d247914"), REVIEW);

        JsonNode body = JSON.readTree(response.getBody());
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(body.at("/review/reviewer").asText()).isEqualTo("ops.officer@bank.example");
        assertThat(body.at("/review/reasonCode").asText()).isEqualTo("DOCUMENTS_VERIFIED_BY_PHONE");
        assertThat(body.at("/review/hasNote").asBoolean()).isTrue();
        assertThat(kinds(body)).contains("REVIEWED");
        assertThat(response.getBody()).doesNotContain("Called", "Nick", "S123456579010");
        assertThat(fakes.notifier.sent()).last().isEqualTo(new Notification(ApplicationId.of("8d247914"),
                Notification.Kind.REVIEWED, List.of("APPROVED", "DOCUMENTS_VERIFIED_BY_PHONE")));
    }

    @Test
    void aRepeatedReviewAnswersTheSameAndAnotherReviewIsAConflict() {
        needingReview(TestApplications.SAMPLE_APPROVED);
        APIGatewayV2HTTPResponse first = call("POST /applications/{id}/review", Map.of("id", "8d247914"), REVIEW);
        int notified = fakes.notifier.sent().size();

        APIGatewayV2HTTPResponse again = call("POST /applications/{id}/review", Map.of("id", "8d247914"), REVIEW);
        APIGatewayV2HTTPResponse other = call("POST /applications/{id}/review", Map.of("id", "8d247914"),
                REVIEW.replace("APPROVED", "REJECTED"));

        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(fakes.notifier.sent()).hasSize(notified);
        assertThat(other.getStatusCode()).isEqualTo(409);
        assertThat(other.getBody()).isEqualTo("{\"error\":\"ALREADY_REVIEWED\",\"fields\":[]}");
    }

    @Test
    void refusesToReviewAnApplicationThatDoesNotNeedIt() {
        decided(TestApplications.SAMPLE_APPROVED);

        APIGatewayV2HTTPResponse response = call("POST /applications/{id}/review", Map.of("id", "8d247914"), REVIEW);
        APIGatewayV2HTTPResponse unknown = call("POST /applications/{id}/review", Map.of("id", "d5000001"), REVIEW);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(response.getBody()).isEqualTo("{\"error\":\"NOT_AWAITING_REVIEW\",\"fields\":[]}");
        assertThat(unknown.getStatusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{\"outcome\":\"NEEDS_REVIEW\",\"reviewer\":\"ops\",\"reasonCode\":\"OK\"}` | outcome",
        "`{\"outcome\":\"approved\",\"reviewer\":\"ops\",\"reasonCode\":\"OK\"}`    | outcome",
        "`{\"outcome\":\"APPROVED\",\"reasonCode\":\"OK\"}`                          | reviewer",
        "`{\"outcome\":\"APPROVED\",\"reviewer\":\"SECRET PERSON\",\"reasonCode\":\"OK\"}` | reviewer",
        "`{\"outcome\":\"APPROVED\",\"reviewer\":\"ops\",\"reasonCode\":\"secret\"}` | reasonCode",
        "`{\"outcome\":\"APPROVED\",\"reviewer\":\"ops\",\"reasonCode\":\"OK\",\"note\":7}` | note",
        "`{\"outcome\":\"APPROVED\",\"reviewer\":\"ops\",\"reasonCode\":\"OK\",\"note\":\"\"}` | note",
        "`{}`                                                                     | outcome\",\"reviewer\",\"reasonCode",
        "`{\"outcome\":\"APPROVED\",\"reviewer\":\"ops\",\"reasonCode\":\"OK\",\"notes\":\"SECRET\"}` | body"})
    void refusesABadReviewNamingTheMembers(String body, String fields) {
        needingReview(TestApplications.SAMPLE_APPROVED);

        APIGatewayV2HTTPResponse response = call("POST /applications/{id}/review", Map.of("id", "8d247914"), body);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).isEqualTo("{\"error\":\"BAD_REQUEST\",\"fields\":[\"" + fields + "\"]}");
        assertThat(fakes.repository.get(ApplicationId.of("8d247914")).review()).isEmpty();
    }

    @Test
    void aFailedNotificationAsksForARetryWhichSendsIt() {
        needingReview(TestApplications.SAMPLE_APPROVED);
        fakes.notifier.failingOnceWith(new TransientDependencyException("sns", "throttled"));

        APIGatewayV2HTTPResponse failed = call("POST /applications/{id}/review", Map.of("id", "8d247914"), REVIEW);
        APIGatewayV2HTTPResponse retried = call("POST /applications/{id}/review", Map.of("id", "8d247914"), REVIEW);

        assertThat(failed.getStatusCode()).isEqualTo(503);
        assertThat(failed.getHeaders()).containsEntry("Retry-After", "1");
        assertThat(failed.getBody()).isEqualTo("{\"error\":\"DEPENDENCY_FAILURE\",\"fields\":[]}");
        assertThat(retried.getStatusCode()).isEqualTo(200);
        assertThat(fakes.notifier.kinds()).last().isEqualTo(Notification.Kind.REVIEWED);
    }

    @Test
    void readsABase64BodyOfARealEvent() {
        needingReview(TestApplications.SAMPLE_APPROVED);
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/http-review-base64.json");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(fakes.repository.get(ApplicationId.of("8d247914")).review()).isPresent();
    }

    @Test
    void purgesADecidedApplicationsFilesAndKeepsItsResult() throws Exception {
        decided(TestApplications.SAMPLE_APPROVED);

        APIGatewayV2HTTPResponse response = call("DELETE /applications/{id}/documents", Map.of("id", "8d247914"),
                Map.of("requestedBy", "dpo@bank.example", "reasonCode", "CUSTOMER_REQUEST"), null);

        JsonNode body = JSON.readTree(response.getBody());
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(body.at("/purge/requestedBy").asText()).isEqualTo("dpo@bank.example");
        assertThat(body.at("/purge/reasonCode").asText()).isEqualTo("CUSTOMER_REQUEST");
        assertThat(kinds(body)).last().isEqualTo("DOCUMENTS_PURGED");
        assertThat(fakes.documents.storedKeys()).isEmpty();
        assertThat(fakes.documents.packageKeys()).isEmpty();
    }

    @Test
    void takesThePurgeRequestFromAJsonBodyToo() {
        decided(TestApplications.SAMPLE_APPROVED);

        APIGatewayV2HTTPResponse response = call("DELETE /applications/{id}/documents", Map.of("id", "8d247914"),
                "{\"requestedBy\":\"dpo@bank.example\",\"reasonCode\":\"RETENTION_ENDED\"}");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(fakes.repository.get(ApplicationId.of("8d247914")).purge()).isPresent();
    }

    @Test
    void refusesToPurgeBeforeTheDecisionAndWithoutWhoAndWhy() {
        pendingLicenceCheck(TestApplications.SAMPLE_APPROVED);

        APIGatewayV2HTTPResponse early = call("DELETE /applications/{id}/documents", Map.of("id", "8d247914"),
                Map.of("requestedBy", "dpo@bank.example", "reasonCode", "CUSTOMER_REQUEST"), null);
        APIGatewayV2HTTPResponse bare = call("DELETE /applications/{id}/documents", Map.of("id", "8d247914"), null);

        assertThat(early.getStatusCode()).isEqualTo(409);
        assertThat(early.getBody()).isEqualTo("{\"error\":\"NOT_DECIDED\",\"fields\":[]}");
        assertThat(bare.getStatusCode()).isEqualTo(400);
        assertThat(bare.getBody()).isEqualTo("{\"error\":\"BAD_REQUEST\",\"fields\":[\"requestedBy\",\"reasonCode\"]}");
        assertThat(fakes.documents.purgeCalls()).isZero();
    }

    @Test
    void aFailedStoreAsksForARetry() {
        decided(TestApplications.SAMPLE_APPROVED);
        fakes.documents.failingToPurgeWith(new DependencyException("s3", "access denied"));

        APIGatewayV2HTTPResponse response = call("DELETE /applications/{id}/documents", Map.of("id", "8d247914"),
                Map.of("requestedBy", "dpo@bank.example", "reasonCode", "CUSTOMER_REQUEST"), null);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(fakes.repository.get(ApplicationId.of("8d247914")).purge()).isEmpty();
    }

    @Test
    void answersNotFoundForARouteItDoesNotServe() {
        APIGatewayV2HTTPResponse response = call("PUT /applications/{id}", Map.of("id", "8d247914"), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
    }

    @Test
    void logsRoutesIdsStatusesAndCodesButNoInput() {
        needingReview(TestApplications.SAMPLE_APPROVED);
        int before = fakes.logLines().size();

        call("POST /applications/{id}/review", Map.of("id", "8d247914"), REVIEW);
        call("POST /applications/{id}/review", Map.of("id", "SECRET.ID"), REVIEW);
        call("POST /applications", Map.of(), "{\"appUuid\":\"SECRET-ID/x\",\"contentLength\":5}");

        List<String> lines = fakes.logLines().subList(before, fakes.logLines().size());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"event\":\"answered\"", "\"route\":\"POST /applications/{id}/review\"",
                "\"app_uuid\":\"8d247914\"", "\"status\":200");
        assertThat(lines.get(1)).contains("\"status\":400", "\"error\":\"BAD_REQUEST\"").doesNotContain("app_uuid");
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("SECRET", "Called", "ops.officer",
                "S123456579010"));
    }

    private APIGatewayV2HTTPResponse call(String routeKey, Map<String, String> pathParameters, String body) {
        return call(routeKey, pathParameters, Map.of(), body);
    }

    private APIGatewayV2HTTPResponse call(String routeKey, Map<String, String> pathParameters,
                                          Map<String, String> query, String body) {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(routeKey)
                .withPathParameters(pathParameters).withQueryStringParameters(query).withBody(body)
                .withIsBase64Encoded(false).build();
        return handler.handleRequest(event, null);
    }

    private static List<String> kinds(JsonNode status) {
        var kinds = new ArrayList<String>();
        status.get("history").forEach(event -> kinds.add(event.get("kind").asText()));
        return kinds;
    }

    private PackageRef uploaded(String id) {
        PackageRef ref = new PackageRef("zipped/" + id + ".zip", "v1");
        fakes.documents.withPackage(ref, TestApplications.samplePackage(id));
        return ref;
    }

    private void pendingLicenceCheck(String id) {
        component.processApplicationPackage().process(uploaded(id));
    }

    private void decided(String id) {
        pendingLicenceCheck(id);
        component.submitLicenseForValidation().submit(fakes.queue.queued().get(0));
    }

    private void needingReview(String id) {
        fakes.faces.failingOnceWith(new DependencyException("rekognition", "image too large"));
        component.processApplicationPackage().process(uploaded(id));
    }
}
