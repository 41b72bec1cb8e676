package io.onboarding.adapters.aws.textract;

import io.onboarding.adapters.aws.support.AwsFailures;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.UnsupportedDocument;
import io.onboarding.domain.port.IdDocumentReader;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.textract.TextractClient;
import software.amazon.awssdk.services.textract.model.AnalyzeIdRequest;
import software.amazon.awssdk.services.textract.model.BadDocumentException;
import software.amazon.awssdk.services.textract.model.Document;
import software.amazon.awssdk.services.textract.model.DocumentTooLargeException;
import software.amazon.awssdk.services.textract.model.S3Object;
import software.amazon.awssdk.services.textract.model.UnsupportedDocumentException;

/**
 * {@link IdDocumentReader} backed by Amazon Textract AnalyzeID on the licence image, read from the documents bucket
 * or sent as bytes for callers without a bucket. Needs {@code textract:AnalyzeID} and, for the bucket,
 * {@code s3:GetObject}.
 */
public final class TextractIdDocumentReader implements IdDocumentReader {
    static final String DEPENDENCY = "textract";

    private final TextractClient textract;
    private final Function<DocumentRef, Document> documents;

    /** Reads images stored in {@code bucket} under their document keys. */
    public TextractIdDocumentReader(TextractClient textract, String bucket) {
        this(textract, s3Documents(bucket));
    }

    private TextractIdDocumentReader(TextractClient textract, Function<DocumentRef, Document> documents) {
        this.textract = Objects.requireNonNull(textract, "textract");
        this.documents = documents;
    }

    /** Reads images whose bytes {@code bytes} reads (the command-line tool's local files). */
    public static TextractIdDocumentReader readingBytes(TextractClient textract, Function<DocumentRef, byte[]> bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new TextractIdDocumentReader(textract,
                document -> Document.builder().bytes(SdkBytes.fromByteArrayUnsafe(bytes.apply(document))).build());
    }

    private static Function<DocumentRef, Document> s3Documents(String bucket) {
        Objects.requireNonNull(bucket, "bucket");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("bucket is blank");
        }
        return document -> Document.builder()
                .s3Object(S3Object.builder().bucket(bucket).name(document.key()).build()).build();
    }

    @Override
    public IdExtraction read(DocumentRef idDocument) {
        Objects.requireNonNull(idDocument, "idDocument");
        AnalyzeIdRequest request = AnalyzeIdRequest.builder().documentPages(documents.apply(idDocument)).build();
        try {
            return AnalyzeIdMapper.toExtraction(textract.analyzeID(request));
        } catch (UnsupportedDocumentException | BadDocumentException | DocumentTooLargeException unfit) {
            // the applicant's image is the problem (wrong format, unreadable, over the 10 MB sync limit): asking
            // again gives the same answer, so it is an outcome the policy refers to a human, not a failure
            String code = AwsFailures.errorCode(unfit);
            return new UnsupportedDocument(code.isEmpty() ? unfit.getClass().getSimpleName() : code);
        } catch (SdkException failure) {
            throw AwsFailures.translate(DEPENDENCY, "AnalyzeID", failure);
        }
    }
}
