package io.onboarding.adapters.local.face;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;

import io.onboarding.adapters.local.face.FaceDetector.Face;
import io.onboarding.adapters.local.pool.NativeFailure;
import io.onboarding.adapters.local.pool.NativePool;
import io.onboarding.adapters.local.store.DocumentBytes;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.FaceComparator;
import java.util.List;
import java.util.Objects;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * {@link FaceComparator} on the local machine with OpenCV: a Haar cascade finds the faces, and the selfie's face is
 * compared with each face on the document by uniform LBP histograms (a 6×6 grid, chi-square distance), trying
 * small shifts and scales of the document face to make up for loose detection boxes. The best distance is mapped
 * to a 0-100 similarity by a logistic curve centred at {@value #MIDPOINT}, calibrated on the sample packages.
 *
 * <p><strong>A development aid, not a biometric matcher.</strong> LBP histograms compare skin and print texture,
 * not identity: the separation measured on the samples holds because their matching selfies are crops of the
 * licence portrait itself. Two genuine photographs of one person will often score low, and look-alikes may score
 * high. Use Rekognition ({@code --engine aws}) for anything that decides about people.
 *
 * <p>No face in the selfie (checked first) or on the document is an outcome. Bytes that are not a decodable image
 * fail with a permanent {@link DependencyException}, as Rekognition rejects them. Thread-safe: each call borrows a
 * detector from a pool that grows to the number of threads calling at once; {@link #close()} releases them.
 */
public final class OpenCvFaceComparator implements FaceComparator, AutoCloseable {
    static final String DEPENDENCY = "opencv-face";
    /** Descriptor distance at which the similarity is 50. */
    static final double MIDPOINT = 0.50;
    /** Steepness of the mapping: the similarity moves from 88 to 12 over two widths either side of the midpoint. */
    static final double WIDTH = 0.08;
    private static final double[] SCALES = {0.92, 0.96, 1.0, 1.04, 1.08};
    private static final double[] SHIFTS = {-0.06, -0.03, 0, 0.03, 0.06};

    private final DocumentBytes documents;
    private final NativePool<FaceDetector> pool;

    public OpenCvFaceComparator(DocumentBytes documents) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.pool = new NativePool<>("comparator", FaceDetector::new);
    }

    @Override
    public FaceComparison compare(DocumentRef selfie, DocumentRef idDocument, double minimumSimilarity) {
        FaceComparator.checkArguments(selfie, idDocument, minimumSimilarity);
        byte[] selfieBytes = documents.read(selfie);
        byte[] documentBytes = documents.read(idDocument);
        FaceDetector detector = pool.borrow();
        boolean healthy = false;
        try (PointerScope scope = new PointerScope()) {
            Mat selfieImage = decode(selfieBytes, selfie);
            Mat documentImage = decode(documentBytes, idDocument);
            FaceComparison comparison = compare(detector, selfieImage, documentImage);
            healthy = true;
            return comparison;
        } catch (RuntimeException e) {
            if (e instanceof DependencyException) {
                healthy = true;   // an undecodable image says nothing about the detector
                throw e;
            }
            // OpenCV failures surface as RuntimeException; their text is dropped, it may describe image content
            throw new DependencyException(DEPENDENCY, "comparing " + selfie.key() + " with " + idDocument.key()
                    + " failed: " + NativeFailure.describe(e), null);
        } finally {
            pool.giveBack(detector, healthy);
        }
    }

    private static FaceComparison compare(FaceDetector detector, Mat selfieImage, Mat documentImage) {
        List<Face> selfieFaces = detector.detect(selfieImage, FaceDetector.SELFIE);
        if (selfieFaces.isEmpty()) {
            return new NoFaceInSelfie();
        }
        List<Face> documentFaces = detector.detect(documentImage, FaceDetector.DOCUMENT);
        if (documentFaces.isEmpty()) {
            return new NoFaceOnDocument();
        }
        LbpDescriptor probe = FaceCrop.describe(selfieImage, selfieFaces.get(0), 0, 0, 1);
        double best = Double.MAX_VALUE;
        for (Face face : documentFaces) {
            best = Math.min(best, distance(probe, documentImage, face));
        }
        return new FacesCompared(similarity(best), documentFaces.size());
    }

    /** The smallest distance between the probe and the face's crop, over small shifts and scales of the crop. */
    private static double distance(LbpDescriptor probe, Mat image, Face face) {
        double best = Double.MAX_VALUE;
        for (double scale : SCALES) {
            for (double dx : SHIFTS) {
                for (double dy : SHIFTS) {
                    best = Math.min(best, probe.distance(FaceCrop.describe(image, face, dx, dy, scale)));
                }
            }
        }
        return best;
    }

    /** Maps a descriptor distance to a similarity (0-100), rounded to a tenth. */
    static double similarity(double distance) {
        double value = 100 / (1 + Math.exp((distance - MIDPOINT) / WIDTH));
        return Math.round(value * 10) / 10.0;
    }

    private static Mat decode(byte[] bytes, DocumentRef ref) {
        Mat image = bytes.length == 0 ? null : imdecode(new Mat(new BytePointer(bytes)), IMREAD_GRAYSCALE);
        if (image == null || image.empty()) {
            throw new DependencyException(DEPENDENCY, "document " + ref.key() + " is not a decodable image");
        }
        return image;
    }

    /** Releases every detector; those still in use are released when their call ends. */
    @Override
    public void close() {
        pool.close();
    }
}
