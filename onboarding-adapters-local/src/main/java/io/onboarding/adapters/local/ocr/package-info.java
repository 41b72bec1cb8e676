/**
 * The offline {@link io.onboarding.domain.port.IdDocumentReader}: Tesseract 5 OCR (bytedeco presets, bundled
 * English model) and OpenCV preprocessing over US driver's licences in the AAMVA layout, reporting the fields,
 * confidences and normalised values Textract AnalyzeID would. A development aid for running the onboarding core
 * without AWS. Its one public class is the port implementation, which lends Tesseract engines through
 * {@code io.onboarding.adapters.local.pool}. Depends on the domain, {@code store.DocumentBytes}, {@code pool} and
 * {@code org.bytedeco}.
 */
package io.onboarding.adapters.local.ocr;
