package io.onboarding.cli.replay;

import io.onboarding.adapters.aws.textract.TextractIdDocumentReader;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.port.IdDocumentReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.textract.TextractClient;

/**
 * {@link IdDocumentReader} that replays a recorded Textract AnalyzeID answer (AWS JSON wire format:
 * {@code IdentityDocuments[0].IdentityDocumentFields[].Type.Text}, {@code ValueDetection.Text}, {@code Confidence},
 * {@code NormalizedValue{Value, ValueType:"DATE"}}) for every licence. The answer goes through the real SDK client's
 * unmarshalling and the AWS adapter's own mapping, exactly as in the deployed system.
 */
public final class RecordedIdDocumentReader implements IdDocumentReader, AutoCloseable {
    static final String TARGET = "Textract.AnalyzeID";

    private final TextractClient client;
    private final TextractIdDocumentReader adapter;

    private RecordedIdDocumentReader(TextractClient client) {
        this.client = client;
        this.adapter = new TextractIdDocumentReader(client, ReplayClients.BUCKET);
    }

    /** @throws IllegalArgumentException when the file is unreadable or not a recorded AnalyzeID answer (or error) */
    public static RecordedIdDocumentReader fromFile(Path analyzeIdResponse) {
        RecordedResponse recorded = RecordedResponse.read(analyzeIdResponse, "AnalyzeID",
                List.of("IdentityDocuments", "DocumentMetadata"));
        var http = new RecordedResponseHttpClient(Map.of(TARGET,
                RecordedResponseHttpClient.Recording.of(recorded)));
        return new RecordedIdDocumentReader(ReplayClients.textract(http));
    }

    @Override
    public IdExtraction read(DocumentRef idDocument) {
        return adapter.read(idDocument);
    }

    @Override
    public void close() {
        client.close();
    }
}
