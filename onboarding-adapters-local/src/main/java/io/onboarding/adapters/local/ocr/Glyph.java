package io.onboarding.adapters.local.ocr;

/**
 * One recognised character, where it was found and Tesseract's confidence in it (0-100). Its height tells small
 * printed field numbers from values.
 */
record Glyph(String text, double confidence, Box box) {
}
