package io.onboarding.cli;

import io.onboarding.adapters.local.worker.WorkerLimits;
import io.onboarding.cli.output.ApplicationResult;
import io.onboarding.cli.output.RunOutput;
import io.onboarding.cli.output.TextReport;
import io.onboarding.cli.replay.RecordedFaceComparator;
import io.onboarding.cli.replay.RecordedIdDocumentReader;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onboarding-cli process <zip|directory>...}: runs every package through the use cases, prints a report (or a
 * JSON line) per application in input order, and a summary. Packages are processed {@code --parallel} at a time; one
 * broken package never stops the others. Exit status: 0 all approved, 1 some not approved, 2 usage error, 3 some
 * package could not be processed (3 wins over 1).
 */
@Command(name = "process", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Process application packages (<app_uuid>.zip files, or directories of them).")
final class ProcessCommand implements Callable<Integer> {
    static final int MAX_PARALLEL = 64;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkDirOption work;

    @Parameters(arity = "1..*", paramLabel = "ZIP|DIR",
            description = "Packages, or directories whose *.zip files are processed in name order.")
    List<Path> inputs;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "OFFLINE",
            description = "offline (Tesseract + OpenCV, the default) or aws (Textract + Rekognition, default "
                    + "credentials chain).")
    EngineKind engine;

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region for --engine aws (default: the SDK's region chain).")
    Optional<String> region;

    @Option(names = "--engine-isolation", paramLabel = "MODE", defaultValue = "PROCESS",
            description = "process (the default): the offline engines run in worker processes, one per --parallel "
                    + "slot, so a crash, a runaway image or an exhausted memory ceiling ends one package as "
                    + "NEEDS_REVIEW; none: in this JVM, where a native crash ends the run (for measurements).")
    EngineSettings.EngineIsolation isolation;

    @Option(names = "--engine-timeout", paramLabel = "TIME", defaultValue = "60s",
            description = "Deadline of each offline engine call (licence reading, face comparison) in a worker: "
                    + "a number with ms, s or m (1ms-1h, default ${DEFAULT-VALUE}). The worker is killed at expiry.")
    String engineTimeout;

    @Option(names = "--engine-memory", paramLabel = "SIZE", defaultValue = "2g",
            description = "Address space of each engine worker, its JVM and natives included: a number with m or g "
                    + "(256m-64g, default ${DEFAULT-VALUE}).")
    String engineMemory;

    @Option(names = "--analyze-id-response", paramLabel = "FILE",
            description = "Replay this recorded Textract AnalyzeID response (AWS JSON) instead of reading licences.")
    Optional<Path> analyzeIdResponse;

    @Option(names = "--compare-faces-response", paramLabel = "FILE",
            description = "Replay this recorded Rekognition CompareFaces response (AWS JSON) instead of comparing "
                    + "faces.")
    Optional<Path> compareFacesResponse;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    LicenseAnswer licenseAnswer;

    @Option(names = "--json", description = "Print one JSON object per application (JSON Lines) instead of the report.")
    boolean json;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
            description = "Packages processed at once (1-" + MAX_PARALLEL + ", default ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--reprocess", description = "Process packages again even if this version was processed before.")
    boolean reprocess;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge licence expiry as on this day (yyyy-mm-dd, UTC; default today), to reproduce a "
                    + "decision.")
    Optional<LocalDate> asOf;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    /** {@code --license-valid} or {@code --license-invalid}: the validation_override of queued licence checks. */
    static final class LicenseAnswer {
        @Option(names = "--license-valid", description = "The mock licence validator answers valid (default).")
        boolean valid;

        @Option(names = "--license-invalid", description = "The mock licence validator answers invalid.")
        boolean invalid;
    }

    private final OnboardingCli.Context context;

    ProcessCommand(OnboardingCli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            throw usage("--parallel must be between 1 and " + MAX_PARALLEL);
        }
        Duration timeout = duration(engineTimeout);
        long memory = size(engineMemory);
        List<Path> packages = expand(inputs);
        if (packages.isEmpty()) {
            throw usage("no package found: a directory gives its <app_uuid>.zip files, and it has none");
        }
        Optional<RecordedFaceComparator> recordedFaces = compareFacesResponse.map(file -> replay(
                () -> RecordedFaceComparator.fromFile(file)));
        Optional<RecordedIdDocumentReader> recordedIds = analyzeIdResponse.map(file -> replay(
                () -> RecordedIdDocumentReader.fromFile(file)));
        Optional<Engines> engines = Optional.empty();
        try {
            if (recordedFaces.isEmpty() || recordedIds.isEmpty()) {
                engines = Optional.of(openEngines(new EngineSettings(engine, region, isolation, timeout, memory)));
            }
            return run(packages, recordedFaces.map(FaceComparator.class::cast),
                    recordedIds.map(IdDocumentReader.class::cast), engines);
        } finally {
            engines.ifPresent(Engines::close);
            recordedFaces.ifPresent(RecordedFaceComparator::close);
            recordedIds.ifPresent(RecordedIdDocumentReader::close);
        }
    }

    private int run(List<Path> packages, Optional<FaceComparator> recordedFaces,
                    Optional<IdDocumentReader> recordedIds, Optional<Engines> engines) {
        // --as-of moves the expiry rule's day only: records, claims and their leases keep the real time, so a run
        // with --as-of beside another without it still sees the other's claims as fresh
        Clock clock = context.clock();
        boolean licenseValid = licenseAnswer == null || !licenseAnswer.invalid;
        var wiring = new Wiring(work.workDir, clock, licenseValid, asOf, recordedFaces, recordedIds,
                () -> engines.orElseThrow(() -> new IllegalStateException("no engine was opened")));
        var output = new RunOutput(spec.commandLine().getOut(), spec.commandLine().getErr(), json,
                new TextReport(wiring.policy().faceSimilarityThreshold()));
        if (context.terminal().getAsBoolean() && !noProgress) {
            output.showProgress(packages.size());
        }
        Optional<String> reprocessTag = reprocess ? Optional.of("reprocess-" + clock.millis()) : Optional.empty();
        var results = new InOrderResults(output, packages.size());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallel, workerThreads());
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(wiring::worker);
        // two inputs with the same file name share zipped/<name> and the same record: the later one runs once the
        // earlier one has finished, so the last input wins as a last upload would
        var lastOfName = new HashMap<String, CompletableFuture<Void>>();
        var all = new ArrayList<CompletableFuture<Void>>(packages.size());
        var window = new Semaphore(parallel * 4);   // bounds the tasks waiting for a worker, whatever the batch size
        try {
            for (int i = 0; i < packages.size(); i++) {
                int index = i;
                Path input = packages.get(i);
                window.acquireUninterruptibly();
                Runnable task = () -> {
                    long started = System.nanoTime();
                    ApplicationResult result;
                    try {
                        result = workers.get().process(input, reprocessTag);
                    } catch (RuntimeException | Error unexpected) {
                        result = new ApplicationResult(Optional.of(input.getFileName().toString()), Optional.empty(),
                                Optional.empty(), Optional.empty(), false, List.of(),
                                Optional.of(Worker.describe(unexpected)));
                    } finally {
                        window.release();
                    }
                    results.complete(index, result, Duration.ofNanos(System.nanoTime() - started));
                };
                CompletableFuture<Void> earlier = lastOfName.get(input.getFileName().toString());
                CompletableFuture<Void> scheduled = earlier == null
                        ? CompletableFuture.runAsync(task, pool) : earlier.thenRunAsync(task, pool);
                lastOfName.put(input.getFileName().toString(), scheduled);
                all.add(scheduled);
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        output.finish(Duration.ofNanos(System.nanoTime() - start), wiring.timings(), parallel);
        return results.exitCode();
    }

    private Engines openEngines(EngineSettings settings) {
        try {
            return context.engines().open(settings);
        } catch (IllegalArgumentException unusable) {
            throw usage(unusable.getMessage());
        }
    }

    private <T> T replay(Supplier<T> open) {
        try {
            return open.get();
        } catch (IllegalArgumentException badFile) {
            throw usage(badFile.getMessage());
        }
    }

    private List<Path> expand(List<Path> arguments) {
        var packages = new ArrayList<Path>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> entries = Files.list(argument)) {
                    Path folder = argument.toRealPath();
                    // the same rule as the id check (".zip", lower case), and a link only to a file in this folder
                    entries.filter(p -> p.getFileName().toString().endsWith(PackageRef.SUFFIX))
                            .filter(p -> isRegularFileWithin(p, folder))
                            .sorted()
                            .forEach(packages::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + argument, e);
                }
            } else if (Files.isRegularFile(argument)) {
                packages.add(argument);
            } else if (Files.exists(argument)) {
                // a FIFO or a device would be read to its end, which may never come, holding back every result
                throw usage("not a regular file or directory: " + argument);
            } else {
                throw usage("no such file or directory: " + argument);
            }
        }
        return packages;
    }

    /** A regular file, or a symbolic link to a regular file inside {@code folder} (never one leading out of it). */
    private static boolean isRegularFileWithin(Path entry, Path folder) {
        if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isSymbolicLink(entry)) {
            return false;
        }
        try {
            Path target = entry.toRealPath();
            return target.startsWith(folder) && Files.isRegularFile(target);
        } catch (IOException danglingOrUnreadable) {
            return false;
        }
    }

    /** {@code --engine-timeout}: a whole number with {@code ms}, {@code s} or {@code m}, from 1 ms to 1 hour. */
    private Duration duration(String value) {
        Matcher matcher = Pattern.compile("([0-9]{1,7})(ms|s|m)").matcher(value.trim());
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            Duration duration = switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMinutes(amount);
            };
            if (!duration.isZero() && duration.compareTo(Duration.ofHours(1)) <= 0) {
                return duration;
            }
        }
        throw usage("--engine-timeout must be a number with ms, s or m, from 1ms to 1h (for example 60s)");
    }

    /** {@code --engine-memory}: a whole number with {@code m} (MiB) or {@code g} (GiB), from 256m to 64g. */
    private long size(String value) {
        Matcher matcher = Pattern.compile("([0-9]{1,6})([mg])").matcher(value.trim().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long bytes = Long.parseLong(matcher.group(1)) * (matcher.group(2).equals("g") ? 1024L : 1L)
                    * WorkerLimits.MIB;
            if (bytes >= WorkerLimits.MIN_MEMORY_CEILING && bytes <= 64L * 1024 * WorkerLimits.MIB) {
                return bytes;
            }
        }
        throw usage("--engine-memory must be a number with m or g, from 256m to 64g (for example 2g)");
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static ThreadFactory workerThreads() {
        var count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "onboarding-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
