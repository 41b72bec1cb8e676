package io.onboarding.adapters.local.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * {@link ApplicationRepository} with one JSON file per application under {@code <work>/records/}, kept across runs:
 * the record codec's attributes, as in the DynamoDB table (see {@code RecordJson}).
 * A save is a revision check and an atomic replace (temporary file, then move) under a lock that holds within this
 * JVM and, through a file lock, across processes sharing the work directory. Reads need no lock: a record file is
 * always whole.
 */
public final class FileApplicationRepository implements ApplicationRepository {
    public static final String DEPENDENCY = "local-records";
    private static final String SUFFIX = ".json";
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path folder;
    private final Path lockFile;
    private final ReentrantLock jvmLock;

    /** @param workDir the work directory; {@code records/} is created in it if missing */
    public FileApplicationRepository(Path workDir) {
        this.folder = Objects.requireNonNull(workDir, "workDir").toAbsolutePath().normalize().resolve("records");
        this.lockFile = folder.resolve(".lock");
        try {
            Files.createDirectories(folder);
            TemporaryFiles.sweep(folder);   // what a killed run left half-written
        } catch (IOException e) {
            throw new DependencyException(DEPENDENCY, "cannot create the records folder", e);
        }
        this.jvmLock = JVM_LOCKS.computeIfAbsent(folder, path -> new ReentrantLock());
    }

    @Override
    public Optional<ApplicationRecord> find(ApplicationId id) {
        Path file = fileOf(id);
        ApplicationRecord record;
        try {
            record = RecordJson.read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (RecordJson.UnsupportedSchemaException e) {
            throw new DependencyException(DEPENDENCY, "the record of " + id + " was written by a later release (record"
                    + " schema " + e.schema() + "): read it with that release, or move records/" + id + SUFFIX
                    + " out of the work directory to process the package again", e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw damaged(id, e);
        } catch (IOException e) {
            throw new TransientDependencyException(DEPENDENCY, "reading the record of " + id + " failed", e);
        }
        if (!record.id().equals(id)) {
            throw damaged(id, null);
        }
        return Optional.of(record);
    }

    /** Permanent: reading it again gives the same bytes. The cause is kept for a debugger, never printed. */
    private static DependencyException damaged(ApplicationId id, Exception cause) {
        return new DependencyException(DEPENDENCY, "the record of " + id + " is damaged: move records/" + id + SUFFIX
                + " out of the work directory to process the package again", cause);
    }

    @Override
    public boolean save(ApplicationRecord record) {
        Objects.requireNonNull(record, "record");
        jvmLock.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.lock();   // released when the channel closes
            long stored = find(record.id()).map(ApplicationRecord::revision).orElse(0L);
            if (stored != record.revision() - 1) {
                return false;
            }
            TemporaryFiles.writeAndMove(fileOf(record.id()), "save", out -> out.write(RecordJson.write(record)));
            return true;
        } catch (IOException e) {
            throw new TransientDependencyException(DEPENDENCY, "saving the record of " + record.id() + " failed", e);
        } finally {
            jvmLock.unlock();
        }
    }

    /** Every stored record that can be read, by application id; the ids of damaged ones go to {@code damaged}. */
    public List<ApplicationRecord> findAll(Consumer<ApplicationId> damaged) {
        var ids = new ArrayList<ApplicationId>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String stem = name.substring(0, name.length() - SUFFIX.length());
                if (ApplicationId.isValid(stem)) {
                    ids.add(ApplicationId.of(stem));
                }
            }
        } catch (IOException e) {
            throw new TransientDependencyException(DEPENDENCY, "listing the records failed", e);
        }
        ids.sort(Comparator.comparing(ApplicationId::value));
        var records = new ArrayList<ApplicationRecord>(ids.size());
        for (ApplicationId id : ids) {
            try {
                find(id).ifPresent(records::add);
            } catch (DependencyException e) {
                if (e instanceof TransientDependencyException) {
                    throw e;
                }
                damaged.accept(id);
            }
        }
        return records;
    }

    private Path fileOf(ApplicationId id) {
        // an ApplicationId is [A-Za-z0-9_-]{1,64}: always a plain file name
        return folder.resolve(id.value() + SUFFIX);
    }
}
