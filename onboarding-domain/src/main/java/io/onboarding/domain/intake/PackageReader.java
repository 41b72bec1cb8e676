package io.onboarding.domain.intake;

import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.RefusalReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an application package from an untrusted zip stream, entirely in memory and under {@link PackageLimits},
 * and either returns a validated {@link ApplicationPackage} or throws a {@link PackageRefusedException}.
 *
 * <p>The package must hold exactly three entries: {@code <id>_details.csv}, {@code <id>_selfie.<ext>} and
 * {@code <id>_license.<ext>} (also spelled {@code <id>._license.<ext>}, as the original specification writes it),
 * where {@code <id>} is the application id exactly and {@code <ext>} is png, jpg or jpeg in any case. Entry names
 * are checked before any of their data is inflated, in this order:
 * <ol>
 *   <li>a {@code ..} segment ({@code /} and {@code \} both separate segments): {@code PATH_TRAVERSAL};</li>
 *   <li>a leading {@code /} or {@code \} or a drive letter ({@code C:}): {@code ABSOLUTE_PATH};</li>
 *   <li>a trailing {@code /} or {@code \}: {@code FOLDER_ENTRY};</li>
 *   <li>anything else that is not one of the three names, including names with other backslashes, NUL or
 *       control characters, names in a folder and names that are not valid UTF-8: {@code UNEXPECTED_ENTRY};</li>
 *   <li>a second entry for a role already seen (the same name twice, or {@code selfie.png} and
 *       {@code selfie.jpg}): {@code DUPLICATE_ENTRY}.</li>
 * </ol>
 * Before any of that, an entry whose local header has the encryption flag set is refused ({@code ENCRYPTED_ENTRY}),
 * and the entry count is checked first of all, so an entry past {@link PackageLimits#maxEntries()} is refused as
 * {@code TOO_MANY_ENTRIES} whatever its name. Damaged archives ({@code CORRUPT_ARCHIVE}) include bad checksums,
 * truncation inside an entry, and compression methods other than stored and deflated.
 *
 * <p>Sizes are counted on the bytes actually read and inflated, never taken from zip headers, and every limit stops
 * reading as soon as it is crossed. Image types come from the content, and the stored names use the canonical
 * spelling with the detected type's extension. The details file is re-rendered by {@link DetailsCsv#render}.
 *
 * <p>Refusal messages name the rule and the numbers involved; entries are referred to by position
 * ("entry #4") or role, never by their (attacker-chosen) names. Instances are immutable and thread-safe.
 */
public final class PackageReader {
    private static final int BUFFER_SIZE = 8 * 1024;
    private static final int ENCRYPTED_FLAG = 1;

    private final PackageLimits limits;

    public PackageReader(PackageLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads and validates a whole package from a zip stream. Reads everything into memory; writes nothing anywhere.
     * Does not close {@code zip}.
     *
     * @throws PackageRefusedException       when the package breaks a rule; {@link PackageRefusedException#reason()}
     *                                       says which
     * @throws java.io.UncheckedIOException when reading {@code zip} itself fails (not the package's fault);
     *                                       runtime exceptions thrown by {@code zip} pass through unchanged
     */
    public ApplicationPackage read(ApplicationId id, InputStream zip) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zip, "zip");
        var archive = new ArchiveInputStream(zip, limits.maxArchiveBytes());
        try (var entries = new InspectingZipInputStream(archive)) {
            return new Reading(id, archive, entries).readAll();
        } catch (ZipException e) {
            // fallback for a JDK that checks the encryption flag before it creates the entry
            if (String.valueOf(e.getMessage()).contains("encrypted")) {
                throw refused(RefusalReason.ENCRYPTED_ENTRY, "an entry is encrypted");
            }
            throw refused(RefusalReason.CORRUPT_ARCHIVE, "the archive is damaged (" + describe(e) + ")");
        } catch (IOException e) {
            // only the zip reader raises IOExceptions here: the source's own failures arrive unchecked
            throw refused(RefusalReason.CORRUPT_ARCHIVE, "the archive is damaged or cut short (" + describe(e) + ")");
        }
    }

    /** The state of one {@link #read}. */
    private final class Reading {
        private final ApplicationId id;
        private final ArchiveInputStream archive;
        private final InspectingZipInputStream entries;
        private final Pattern expectedNames;
        private final Map<Role, PackageFile> files = new EnumMap<>(Role.class);
        private ApplicantDetails applicant;
        private long inflatedTotal;
        private int entryCount;

        Reading(ApplicationId id, ArchiveInputStream archive, InspectingZipInputStream entries) {
            this.id = id;
            this.archive = archive;
            this.entries = entries;
            this.expectedNames = Pattern.compile(Pattern.quote(id.value())
                    + "(?:(?<details>_details\\.(?i:csv))"
                    + "|(?<selfie>_selfie\\.(?i:png|jpg|jpeg))"
                    + "|(?<license>\\.?_license\\.(?i:png|jpg|jpeg)))");
        }

        ApplicationPackage readAll() throws IOException {
            while (true) {
                long archiveBytesBefore = archive.count();
                ZipEntry entry = nextEntry();
                if (entry == null) {
                    break;
                }
                entryCount++;
                if (entryCount > limits.maxEntries()) {
                    throw refused(RefusalReason.TOO_MANY_ENTRIES, "the archive has more than " + limits.maxEntries()
                            + " entries");
                }
                Role role = roleOf(entry.getName());
                if (files.containsKey(role)) {
                    throw refused(RefusalReason.DUPLICATE_ENTRY, "entry #" + entryCount + " is a second " + role.label
                            + " entry");
                }
                byte[] content = inflate(role, archiveBytesBefore);
                files.put(role, accept(role, content));
            }
            if (entryCount == 0) {
                throw refused(RefusalReason.NOT_A_ZIP, "the data is not a zip archive with entries");
            }
            for (Role role : Role.values()) {
                if (!files.containsKey(role)) {
                    throw refused(RefusalReason.MISSING_ENTRY, "the package has no " + role.label + " entry");
                }
            }
            return new ApplicationPackage(id, applicant, files.get(Role.DETAILS), files.get(Role.SELFIE),
                    files.get(Role.LICENSE));
        }

        private ZipEntry nextEntry() throws IOException {
            try {
                return entries.getNextEntry();
            } catch (IllegalArgumentException e) {
                // the JDK's name decoder rejects bytes that are not UTF-8; such a name is never an expected one
                throw refused(RefusalReason.UNEXPECTED_ENTRY, "entry #" + (entryCount + 1)
                        + " has a name that is not valid UTF-8");
            }
        }

        private Role roleOf(String name) {
            String where = "entry #" + entryCount;
            for (String segment : name.split("[/\\\\]", -1)) {
                if (segment.equals("..")) {
                    throw refused(RefusalReason.PATH_TRAVERSAL, where + " has a '..' path segment");
                }
            }
            if (name.startsWith("/") || name.startsWith("\\") || hasDriveLetter(name)) {
                throw refused(RefusalReason.ABSOLUTE_PATH, where + " has an absolute path");
            }
            if (name.endsWith("/") || name.endsWith("\\")) {
                throw refused(RefusalReason.FOLDER_ENTRY, where + " is a folder");
            }
            Matcher matcher = expectedNames.matcher(name);
            if (!matcher.matches()) {
                throw refused(RefusalReason.UNEXPECTED_ENTRY, where + " is not one of the three expected files");
            }
            if (matcher.group("details") != null) {
                return Role.DETAILS;
            }
            return matcher.group("selfie") != null ? Role.SELFIE : Role.LICENSE;
        }

        /**
         * Inflates the current entry, checking every limit after each chunk so that a bomb is stopped within one
         * buffer of the limit it crosses. The entry's compressed size is the archive bytes read since its header
         * was requested (within the zip reader's small read-ahead).
         */
        private byte[] inflate(Role role, long archiveBytesBefore) throws IOException {
            long limit = role.limit(limits);
            var out = new ByteArrayOutputStream((int) Math.min(limit, BUFFER_SIZE));
            byte[] buffer = new byte[BUFFER_SIZE];
            long size = 0;
            int n;
            while ((n = entries.read(buffer, 0, buffer.length)) != -1) {
                size += n;
                if (size > limit) {
                    throw refused(RefusalReason.ENTRY_TOO_LARGE, "the " + role.label + " entry (#" + entryCount
                            + ") inflates to more than " + limit + " bytes");
                }
                if (inflatedTotal + size > limits.maxTotalBytes()) {
                    throw refused(RefusalReason.PACKAGE_TOO_LARGE, "the entries inflate to more than "
                            + limits.maxTotalBytes() + " bytes in total");
                }
                long compressed = Math.max(1, archive.count() - archiveBytesBefore);
                if (size > limits.ratioCheckFloorBytes() && size > compressed * limits.maxCompressionRatio()) {
                    throw refused(RefusalReason.SUSPICIOUS_COMPRESSION, "the " + role.label + " entry (#" + entryCount
                            + ") inflated " + size + " bytes from " + compressed + " compressed bytes, more than "
                            + limits.maxCompressionRatio() + " times");
                }
                out.write(buffer, 0, n);
            }
            inflatedTotal += size;
            return out.toByteArray();
        }

        private PackageFile accept(Role role, byte[] content) {
            if (role == Role.DETAILS) {
                applicant = DetailsCsv.parse(content);
                return new PackageFile(id.value() + "_details.csv", DocumentType.CSV, DetailsCsv.render(applicant));
            }
            String what = "the " + role.label + " entry (#" + entryCount + ")";
            ImageHeader image = ImageStructure.check(content, what);
            if (image.width() > limits.maxImageSide() || image.height() > limits.maxImageSide()
                    || image.pixels() > limits.maxImagePixels()) {
                throw refused(RefusalReason.IMAGE_DIMENSIONS_TOO_LARGE, "the " + role.label + " image declares "
                        + image.width() + "x" + image.height() + " pixels; the limits are " + limits.maxImageSide()
                        + " per side and " + limits.maxImagePixels() + " in total");
            }
            if (image.longSide() > image.shortSide() * limits.maxAspectRatio()) {
                throw refused(RefusalReason.IMAGE_ASPECT_RATIO_OUT_OF_RANGE, "the " + role.label + " image declares "
                        + image.width() + "x" + image.height() + " pixels; the longer side may be at most "
                        + limits.maxAspectRatio() + " times the shorter");
            }
            if (image.shortSide() < limits.minImageSide()) {
                throw refused(RefusalReason.IMAGE_TOO_SMALL, "the " + role.label + " image declares "
                        + image.width() + "x" + image.height() + " pixels; each side needs at least "
                        + limits.minImageSide());
            }
            return new PackageFile(id.value() + "_" + role.label + "." + image.type().extension(), image.type(),
                    content);
        }
    }

    /**
     * A {@link ZipInputStream} that refuses encrypted entries from the local header's flag bit 0, which it re-reads
     * from the archive's recent bytes. {@link #createZipEntry} is the JDK's documented hook, called right after a
     * local header and its name have been read and before the JDK itself looks at the flags.
     */
    private static final class InspectingZipInputStream extends ZipInputStream {
        private final ArchiveInputStream archive;
        private int headersRead;

        InspectingZipInputStream(ArchiveInputStream archive) {
            super(archive, StandardCharsets.UTF_8);
            this.archive = archive;
        }

        @Override
        protected ZipEntry createZipEntry(String name) {
            headersRead++;
            int flags = archive.localHeaderFlags(name.getBytes(StandardCharsets.UTF_8)).orElse(0);
            if ((flags & ENCRYPTED_FLAG) != 0) {
                throw refused(RefusalReason.ENCRYPTED_ENTRY, "entry #" + headersRead + " is encrypted");
            }
            return super.createZipEntry(name);
        }
    }

    /** The three files of a package. */
    private enum Role {
        DETAILS("details"), SELFIE("selfie"), LICENSE("license");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        long limit(PackageLimits limits) {
            return switch (this) {
                case DETAILS -> limits.maxCsvBytes();
                case SELFIE -> limits.maxSelfieBytes();
                case LICENSE -> limits.maxLicenseBytes();
            };
        }
    }

    private static boolean hasDriveLetter(String name) {
        return name.length() >= 2 && name.charAt(1) == ':'
                && ((name.charAt(0) >= 'A' && name.charAt(0) <= 'Z') || (name.charAt(0) >= 'a' && name.charAt(0) <= 'z'));
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName();
    }

    private static PackageRefusedException refused(RefusalReason reason, String message) {
        return new PackageRefusedException(reason, message);
    }
}
