package io.onboarding.domain.intake;

/**
 * Byte and count limits for reading a package. Sizes are counted on bytes actually read or inflated, never taken
 * from zip headers. {@link #defaults()} follows the providers' limits: Rekognition reads S3 images up to 15 MB,
 * Textract AnalyzeID up to 10 MB (and the licence goes to both).
 *
 * @param maxArchiveBytes      largest zip accepted, in compressed bytes read
 * @param maxEntries           entries read before refusing as TOO_MANY_ENTRIES
 * @param maxCsvBytes          largest inflated details CSV
 * @param maxSelfieBytes       largest inflated selfie
 * @param maxLicenseBytes      largest inflated licence image
 * @param maxTotalBytes        largest sum of inflated entries
 * @param maxCompressionRatio  largest inflated/compressed ratio for an entry past {@code ratioCheckFloorBytes}
 * @param ratioCheckFloorBytes entries smaller than this are not ratio-checked (tiny files compress oddly)
 * @param maxImageSide         largest declared image width or height, in pixels
 * @param maxImagePixels       largest declared width x height
 * @param minImageSide         smallest declared width or height, in pixels (default 80, the smallest image
 *                             Rekognition's face operations accept on either side)
 * @param maxAspectRatio       largest ratio of an image's longer side to its shorter (default 4: a licence is
 *                             about 1.6, a portrait phone photo about 2.2)
 */
public record PackageLimits(long maxArchiveBytes, int maxEntries, long maxCsvBytes, long maxSelfieBytes,
                            long maxLicenseBytes, long maxTotalBytes, int maxCompressionRatio,
                            long ratioCheckFloorBytes, int maxImageSide, long maxImagePixels, int minImageSide,
                            int maxAspectRatio) {
    private static final long MB = 1024L * 1024L;

    public PackageLimits {
        if (maxArchiveBytes <= 0 || maxEntries < 3 || maxCsvBytes <= 0 || maxSelfieBytes <= 0
                || maxLicenseBytes <= 0 || maxTotalBytes <= 0 || maxCompressionRatio < 1
                || ratioCheckFloorBytes < 0 || maxImageSide <= 0 || maxImagePixels <= 0 || minImageSide <= 0
                || minImageSide > maxImageSide || maxAspectRatio < 1) {
            throw new IllegalArgumentException("package limits must be positive (and allow three entries)");
        }
    }

    public static PackageLimits defaults() {
        return new PackageLimits(30 * MB, 8, 64 * 1024, 15 * MB, 10 * MB, 26 * MB, 100, 1024 * 1024,
                10_000, 50_000_000L, 80, 4);
    }
}
