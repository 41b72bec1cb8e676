package io.onboarding.cli;

/** Which engines read the licence and compare the faces when no recorded answer replaces them. */
public enum EngineKind {
    /** Tesseract OCR and OpenCV face comparison, on this machine, with no network. */
    OFFLINE,
    /** Amazon Textract AnalyzeID and Rekognition CompareFaces, on the local files sent as bytes. */
    AWS
}
