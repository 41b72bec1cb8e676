package io.onboarding.domain.model;

/** Why intake refused an application package. The codes are stable: they appear in records and notifications. */
public enum RefusalReason {
    /** The package's key does not name a valid application id. */
    INVALID_APPLICATION_ID,
    /** The bytes are not a readable zip archive. */
    NOT_A_ZIP,
    /** The archive is damaged or uses a feature we do not read. */
    CORRUPT_ARCHIVE,
    /** An entry name climbs out of its folder ({@code ..}). */
    PATH_TRAVERSAL,
    /** An entry name is absolute (leading slash, backslash or drive letter). */
    ABSOLUTE_PATH,
    /** The archive contains a folder entry. */
    FOLDER_ENTRY,
    /** Two entries have the same name or play the same role. */
    DUPLICATE_ENTRY,
    /** An entry is not one of the three expected files. */
    UNEXPECTED_ENTRY,
    /** One of the three expected files is missing. */
    MISSING_ENTRY,
    /** An entry is encrypted. */
    ENCRYPTED_ENTRY,
    /** The archive holds more entries than any valid package could. */
    TOO_MANY_ENTRIES,
    /** An entry inflates to more bytes than its limit allows. */
    ENTRY_TOO_LARGE,
    /** The entries together inflate to more than the package limit, or the archive itself is too big. */
    PACKAGE_TOO_LARGE,
    /** An entry inflates far more than real documents do: a likely zip bomb. */
    SUSPICIOUS_COMPRESSION,
    /** An image entry is neither PNG nor JPEG by its content. */
    NOT_AN_IMAGE,
    /** An image's declared dimensions are larger than we decode. */
    IMAGE_DIMENSIONS_TOO_LARGE,
    /** An image's shorter side is below the smallest a face or a licence can be read from. */
    IMAGE_TOO_SMALL,
    /** An image is far longer than it is wide (or the reverse); no selfie or licence photo is. */
    IMAGE_ASPECT_RATIO_OUT_OF_RANGE,
    /** A PNG chunk or JPEG segment declares more bytes than the file holds. */
    IMAGE_TRUNCATED,
    /** A PNG chunk's CRC does not match its bytes. */
    IMAGE_CHECKSUM_MISMATCH,
    /** The image's header or layout is impossible (IHDR or frame header values, chunk or marker order). */
    IMAGE_HEADER_INVALID,
    /** The image is animated (an APNG): only still images are read. */
    IMAGE_ANIMATED,
    /** The image uses an encoding we do not decode (an unknown critical PNG chunk, a lossless or arithmetic JPEG). */
    IMAGE_UNSUPPORTED_ENCODING,
    /** The image has more chunks, segments or scans than any photo needs. */
    IMAGE_TOO_MANY_PARTS,
    /** A metadata chunk or segment is larger than any photo needs. */
    IMAGE_METADATA_TOO_LARGE,
    /** The image ends before its end marker (PNG IEND, JPEG EOI). */
    IMAGE_NOT_TERMINATED,
    /** The CSV is not valid UTF-8. */
    CSV_NOT_UTF8,
    /** The CSV is empty. */
    CSV_EMPTY,
    /** The CSV cannot be parsed (for example an unterminated quote). */
    CSV_MALFORMED,
    /** A CSV row has a different number of values than the header. */
    CSV_RAGGED,
    /** A required CSV column is missing, or a column appears twice. */
    CSV_MISSING_COLUMN,
    /** The CSV has a header but no data row. */
    CSV_NO_DATA_ROW,
    /** The CSV has more than one data row. */
    CSV_TOO_MANY_ROWS,
    /** A CSV value is longer than any real detail. */
    CSV_VALUE_TOO_LONG,
    /** A CSV value holds a control character (NUL, ESC, a line break inside quotes), a line separator or an
     * invisible formatting character such as a bidi override. */
    CSV_CONTROL_CHARACTER
}
