package io.onboarding.adapters.local;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.onboarding.adapters.local.pool.NativePool;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import io.onboarding.domain.testing.ArchRuleProofs;
import java.util.List;
import java.util.stream.Stream;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;
import org.bytedeco.tesseract.TessBaseAPI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The local adapters' shape (see the package-info files and STYLE.md §9): no AWS, no picocli, nothing of the CLI
 * or the AWS adapters; native code stays in the engine packages and is reached only through the native pool.
 *
 * <p>"Reached only through the pool", precisely: (1) only {@code ocr} and {@code face} use {@code org.bytedeco};
 * (2) a class that creates a native handle that is not thread-safe (Tesseract's {@code TessBaseAPI}, OpenCV's
 * {@code CascadeClassifier}) is a pooled engine: closeable, so the pool can release it, and package-private, so no
 * other module can make one; (3) a pooled engine is created only by a class that owns a {@link NativePool} (as the
 * pool's factory); (4) the public classes of {@code ocr} and {@code face}, all that other modules can call, are
 * implementations of the domain's ports and own a {@link NativePool}.
 *
 * <p>Isolation: (5) within this module only the {@code worker} package uses the engines of {@code ocr} and
 * {@code face} (the worker process runs them); (6) only closeable, package-private classes of {@code worker} start
 * processes, (7) each made only by a class that owns a {@link NativePool} of them, which lends a worker to one call at
 * a time and replaces one that died; (8) the worker package uses no sockets. Every rule fails on a deliberate
 * violation, and every rule has one ({@link ArchRuleProofs}).
 */
class ArchitectureTest {
    private static final String LOCAL = "io.onboarding.adapters.local";
    private static final String OCR = LOCAL + ".ocr..";
    private static final String FACE = LOCAL + ".face..";
    private static final String WORKER = LOCAL + ".worker..";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(LOCAL);

    private static final DescribedPredicate<JavaClass> OWN_A_NATIVE_POOL = describe("own a NativePool",
            type -> type.getFields().stream().anyMatch(field -> field.getRawType().isEquivalentTo(NativePool.class)));

    /** The native handles that keep state between calls, so one thread at a time may use each. */
    private static final DescribedPredicate<JavaClass> NOT_THREAD_SAFE_NATIVE_HANDLE =
            assignableTo(TessBaseAPI.class).or(assignableTo(CascadeClassifier.class));

    private static final DescribedPredicate<JavaClass> CREATE_A_NOT_THREAD_SAFE_NATIVE_HANDLE = describe(
            "create a TessBaseAPI or CascadeClassifier", type -> type.getConstructorCallsFromSelf().stream()
                    .anyMatch(call -> NOT_THREAD_SAFE_NATIVE_HANDLE.test(call.getTargetOwner())));

    private static final ArchCondition<JavaClass> BE_CREATED_ONLY_BY_POOL_OWNERS =
            new ArchCondition<>("be created only by classes that own a NativePool") {
                @Override
                public void check(JavaClass engine, ConditionEvents events) {
                    for (JavaConstructor constructor : engine.getConstructors()) {
                        for (JavaCodeUnitAccess<?> access : constructor.getAccessesToSelf()) {
                            boolean pooled = OWN_A_NATIVE_POOL.test(access.getOriginOwner());
                            events.add(new SimpleConditionEvent(access, pooled, access.getDescription()));
                        }
                    }
                }
            };

    private static final DescribedPredicate<JavaClass> START_A_PROCESS = describe("start a process",
            type -> type.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner()
                    .isEquivalentTo(ProcessBuilder.class) && call.getName().equals("start")));

    /** A worker is made by its static factory (or constructor) from a class that owns a pool, or from itself. */
    private static final ArchCondition<JavaClass> BE_STARTED_ONLY_BY_POOL_OWNERS =
            new ArchCondition<>("be started only by classes that own a NativePool") {
                @Override
                public void check(JavaClass worker, ConditionEvents events) {
                    var makers = new java.util.ArrayList<com.tngtech.archunit.core.domain.JavaCodeUnit>(
                            worker.getConstructors());
                    worker.getMethods().stream().filter(method -> method.getModifiers()
                            .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                            && method.getRawReturnType().isEquivalentTo(worker.reflect())).forEach(makers::add);
                    for (var maker : makers) {
                        for (com.tngtech.archunit.core.domain.JavaAccess<?> access : maker.getAccessesToSelf()) {
                            JavaClass origin = access.getOriginOwner();
                            boolean pooled = origin.equals(worker) || OWN_A_NATIVE_POOL.test(origin);
                            events.add(new SimpleConditionEvent(access, pooled, access.getDescription()));
                        }
                    }
                }
            };

    static final ArchRule NO_AWS_SDK = noClasses().that().resideInAPackage(LOCAL + "..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("the local adapters stand in for AWS where there is none");

    static final ArchRule NO_PICOCLI = noClasses().that().resideInAPackage(LOCAL + "..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("adapters serve any driving side; the command line is the CLI's");

    static final ArchRule NO_CLI_NOR_AWS_ADAPTERS = noClasses().that().resideInAPackage(LOCAL + "..")
            .should().dependOnClassesThat().resideInAnyPackage("io.onboarding.cli..", "io.onboarding.adapters.aws..")
            .because("dependencies point inwards: the CLI wires these adapters, never the other way round");

    static final ArchRule NATIVE_CODE_ONLY_IN_THE_ENGINES = noClasses().that().resideInAPackage(LOCAL + "..")
            .and().resideOutsideOfPackages(OCR, FACE)
            .should().dependOnClassesThat().resideInAPackage("org.bytedeco..");

    static final ArchRule NATIVE_HANDLES_LIVE_IN_POOLED_ENGINES = classes()
            .that(CREATE_A_NOT_THREAD_SAFE_NATIVE_HANDLE)
            .should().resideInAnyPackage(OCR, FACE)
            .andShould().beAssignableTo(AutoCloseable.class)
            .andShould().notBePublic()
            .because("an engine that is not thread-safe is lent by a pool, which releases it, and by nothing else");

    static final ArchRule POOLED_ENGINES_ARE_MADE_BY_THEIR_POOL = classes()
            .that(CREATE_A_NOT_THREAD_SAFE_NATIVE_HANDLE)
            .should(BE_CREATED_ONLY_BY_POOL_OWNERS);

    static final ArchRule ENGINES_ARE_REACHED_THROUGH_THEIR_PORTS = classes()
            .that().resideInAnyPackage(OCR, FACE).and().arePublic()
            .should().implement(IdDocumentReader.class).orShould().implement(FaceComparator.class)
            .because("other modules call the engines through the domain's ports only");

    static final ArchRule PORTS_BORROW_FROM_A_POOL = classes()
            .that().resideInAnyPackage(OCR, FACE).and().arePublic()
            .should(ArchCondition.from(OWN_A_NATIVE_POOL));

    static final ArchRule ENGINES_RUN_ONLY_IN_THE_WORKER = noClasses().that().resideInAPackage(LOCAL + "..")
            .and().resideOutsideOfPackages(OCR, FACE, WORKER)
            .should().dependOnClassesThat().resideInAnyPackage(OCR, FACE)
            .because("in this module the native engines run in the worker process (the CLI may still choose them in"
                    + " its own JVM, for measurements)");

    static final ArchRule PROCESSES_START_ONLY_IN_THE_WORKER = classes().that(START_A_PROCESS)
            .should().resideInAPackage(WORKER)
            .andShould().beAssignableTo(AutoCloseable.class)
            .andShould().notBePublic()
            .because("a worker process is ended by whoever lent it: closeable, and made in the worker package only");

    static final ArchRule WORKERS_ARE_STARTED_BY_THEIR_POOL = classes().that(START_A_PROCESS)
            .should(BE_STARTED_ONLY_BY_POOL_OWNERS)
            .because("a pool lends each worker to one call at a time and replaces one that died");

    static final ArchRule WORKERS_OPEN_NO_SOCKETS = noClasses().that().resideInAPackage(WORKER)
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.channels..")
            .because("a worker talks to its parent over standard input and output only, and binds nothing");

    @Test
    void enginesRunOnlyInTheWorker() {
        ENGINES_RUN_ONLY_IN_THE_WORKER.check(PRODUCTION);
    }

    @Test
    void processesStartOnlyInTheWorkerPackage() {
        PROCESSES_START_ONLY_IN_THE_WORKER.check(PRODUCTION);
    }

    @Test
    void workersAreStartedByTheirPool() {
        WORKERS_ARE_STARTED_BY_THEIR_POOL.check(PRODUCTION);
    }

    @Test
    void workersOpenNoSockets() {
        WORKERS_OPEN_NO_SOCKETS.check(PRODUCTION);
    }

    @Test
    void theWorkerReallyStartsProcessesAndRunsTheEngines() {
        assertThat(PRODUCTION.that(START_A_PROCESS)).extracting(JavaClass::getPackageName).containsOnly(LOCAL + ".worker")
                .isNotEmpty();
        assertThat(PRODUCTION.stream().filter(type -> type.getPackageName().equals(LOCAL + ".worker"))
                .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
                .map(dependency -> dependency.getTargetClass().getPackageName()))
                .contains(LOCAL + ".ocr", LOCAL + ".face", LOCAL + ".pool");
    }

    @Test
    void noAwsSdk() {
        NO_AWS_SDK.check(PRODUCTION);
    }

    @Test
    void noPicocli() {
        NO_PICOCLI.check(PRODUCTION);
    }

    @Test
    void nothingOfTheCliNorTheAwsAdapters() {
        NO_CLI_NOR_AWS_ADAPTERS.check(PRODUCTION);
    }

    @Test
    void nativeCodeOnlyInTheEnginePackages() {
        NATIVE_CODE_ONLY_IN_THE_ENGINES.check(PRODUCTION);
    }

    @Test
    void nativeHandlesThatAreNotThreadSafeLiveInPooledEngines() {
        NATIVE_HANDLES_LIVE_IN_POOLED_ENGINES.check(PRODUCTION);
    }

    @Test
    void pooledEnginesAreMadeOnlyByTheirPool() {
        POOLED_ENGINES_ARE_MADE_BY_THEIR_POOL.check(PRODUCTION);
    }

    @Test
    void otherModulesReachTheEnginesThroughThePortsOnly() {
        ENGINES_ARE_REACHED_THROUGH_THEIR_PORTS.check(PRODUCTION);
    }

    @Test
    void thePortsBorrowTheirEnginesFromAPool() {
        PORTS_BORROW_FROM_A_POOL.check(PRODUCTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"store", "notify", "license", "ocr", "face", "pool", "worker"})
    void everyPackageTheRulesNameExists(String name) {
        assertThat(PRODUCTION.containPackage(LOCAL + "." + name)).isTrue();
    }

    @Test
    void theEnginesReallyUseNativeCode() {
        assertThat(PRODUCTION.stream().filter(type -> type.getDirectDependenciesFromSelf().stream()
                .anyMatch(dependency -> dependency.getTargetClass().getPackageName().startsWith("org.bytedeco."))))
                .extracting(JavaClass::getPackageName).contains(LOCAL + ".ocr", LOCAL + ".face");
    }

    record Violation(String name, ArchRule rule, String culprit, List<Class<?>> classes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Violation> violations() throws ClassNotFoundException {
        return Stream.of(
                new Violation("the AWS SDK", NO_AWS_SDK, "UsesTheSdk", List.of(violator("store",
                        "ForbiddenDependencyViolations$UsesTheSdk"))),
                new Violation("picocli", NO_PICOCLI, "UsesPicocli", List.of(violator("store",
                        "ForbiddenDependencyViolations$UsesPicocli"))),
                new Violation("the CLI", NO_CLI_NOR_AWS_ADAPTERS, "UsesTheCli", List.of(violator("store",
                        "ForbiddenDependencyViolations$UsesTheCli"))),
                new Violation("the AWS adapters", NO_CLI_NOR_AWS_ADAPTERS, "UsesTheAwsAdapters", List.of(
                        violator("store", "ForbiddenDependencyViolations$UsesTheAwsAdapters"))),
                new Violation("native code in the store", NATIVE_CODE_ONLY_IN_THE_ENGINES, "UsesNativeCode",
                        List.of(violator("store", "ForbiddenDependencyViolations$UsesNativeCode"))),
                new Violation("a native handle in a public port", NATIVE_HANDLES_LIVE_IN_POOLED_ENGINES,
                        "UnpooledReaderViolation", List.of(violator("ocr", "UnpooledReaderViolation"))),
                new Violation("an engine made without a pool", POOLED_ENGINES_ARE_MADE_BY_THEIR_POOL,
                        "StrayEngineViolation$Creator", List.of(violator("ocr", "StrayEngineViolation"),
                        violator("ocr", "StrayEngineViolation$Creator"))),
                new Violation("a public engine class that is no port", ENGINES_ARE_REACHED_THROUGH_THEIR_PORTS,
                        "PublicHelperViolation", List.of(violator("face", "PublicHelperViolation"))),
                new Violation("a port without a pool", PORTS_BORROW_FROM_A_POOL, "UnpooledReaderViolation",
                        List.of(violator("ocr", "UnpooledReaderViolation"))),
                new Violation("an engine in the store", ENGINES_RUN_ONLY_IN_THE_WORKER, "UsesAnEngineInProcess",
                        List.of(violator("store", "ForbiddenDependencyViolations$UsesAnEngineInProcess"))),
                new Violation("a process started in the store", PROCESSES_START_ONLY_IN_THE_WORKER, "StartsAProcess",
                        List.of(violator("store", "ForbiddenDependencyViolations$StartsAProcess"))),
                new Violation("a public worker", PROCESSES_START_ONLY_IN_THE_WORKER, "UnpooledWorkerViolation",
                        List.of(violator("worker", "UnpooledWorkerViolation"))),
                new Violation("a worker started without a pool", WORKERS_ARE_STARTED_BY_THEIR_POOL,
                        "UnpooledWorkerViolation$Starter", List.of(violator("worker", "UnpooledWorkerViolation"),
                        violator("worker", "UnpooledWorkerViolation$Starter"))),
                new Violation("a socket in the worker", WORKERS_OPEN_NO_SOCKETS, "SocketViolation",
                        List.of(violator("worker", "SocketViolation"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void everyRuleFailsOnItsDeliberateViolation(Violation violation) {
        JavaClasses violators = new ClassFileImporter().importClasses(violation.classes());

        assertThatThrownBy(() -> violation.rule().check(violators)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(violation.culprit());
    }

    @Test
    void everyRuleHasADeliberateViolation() throws ClassNotFoundException {
        ArchRuleProofs.assertEveryRuleProven(ArchitectureTest.class, violations().map(Violation::rule).toList());
    }

    /** Violators are package-private test classes, loaded by name. */
    private static Class<?> violator(String subPackage, String name) throws ClassNotFoundException {
        return Class.forName(LOCAL + "." + subPackage + "." + name);
    }
}
