package io.onboarding.domain.intake;

/** The type and declared dimensions of an image whose structure {@link ImageStructure} checked. */
record ImageHeader(DocumentType type, long width, long height) {
    long pixels() {
        return width * height;
    }

    long shortSide() {
        return Math.min(width, height);
    }

    long longSide() {
        return Math.max(width, height);
    }
}
