/**
 * The offline {@link io.onboarding.domain.port.IdDocumentReader}: Tesseract 5 OCR (bytedeco presets, bundled
 * English model) and OpenCV preprocessing over US driver's licences in the AAMVA layout, reporting the fields,
 * confidences and normalised values Textract AnalyzeID would. A development aid for running the onboarding core
 * without AWS. Depends on the domain, {@code io.onboarding.cli.local.DocumentBytes} and {@code org.bytedeco}; never on
 * the rest of the CLI or on the AWS adapters.
 */
package io.onboarding.cli.ocr;
