package io.onboarding.cli.replay;

import io.onboarding.adapters.aws.rekognition.RekognitionFaceComparator;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.port.FaceComparator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.rekognition.RekognitionClient;

/**
 * {@link FaceComparator} that replays a recorded Rekognition CompareFaces answer (AWS JSON wire format, such as
 * {@code FaceMatches[].Similarity} and {@code UnmatchedFaces}) for every comparison. The answer goes through the real
 * SDK client's unmarshalling and the AWS adapter's own mapping, so the fact, and the decision, are the ones the
 * deployed system would reach on that answer.
 */
public final class RecordedFaceComparator implements FaceComparator, AutoCloseable {
    static final String TARGET = "RekognitionService.CompareFaces";

    private final RekognitionClient client;
    private final RekognitionFaceComparator adapter;

    private RecordedFaceComparator(RekognitionClient client) {
        this.client = client;
        this.adapter = new RekognitionFaceComparator(client, ReplayClients.BUCKET);
    }

    /**
     * @throws IllegalArgumentException when the file is unreadable or not a recorded CompareFaces answer (or error)
     */
    public static RecordedFaceComparator fromFile(Path compareFacesResponse) {
        RecordedResponse recorded = RecordedResponse.read(compareFacesResponse, "CompareFaces",
                List.of("FaceMatches", "UnmatchedFaces", "SourceImageFace"));
        var http = new RecordedResponseHttpClient(Map.of(TARGET,
                RecordedResponseHttpClient.Recording.of(recorded)));
        return new RecordedFaceComparator(ReplayClients.rekognition(http));
    }

    @Override
    public FaceComparison compare(DocumentRef selfie, DocumentRef idDocument, double minimumSimilarity) {
        return adapter.compare(selfie, idDocument, minimumSimilarity);
    }

    @Override
    public void close() {
        client.close();
    }
}
