package io.onboarding.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.onboarding.adapters.local.store.DocumentBytes;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI's package rules (see the package-info files and STYLE.md §9). The local adapters and offline engines have
 * their own rules in {@code onboarding-adapters-local}; here, the CLI reaches them only from its composition root.
 */
class ArchitectureTest {
    private static final String CLI = "io.onboarding.cli";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CLI);

    static final ArchRule ONLY_THE_ROOT_USES_PICOCLI = noClasses()
            .that().resideOutsideOfPackage(CLI).and().resideInAPackage(CLI + "..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    static final ArchRule OUTPUT_AND_TIMING_KNOW_NO_SDK_NOR_ADAPTERS = noClasses()
            .that().resideInAnyPackage(CLI + ".output..", CLI + ".timing..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..", "picocli..",
                    "io.onboarding.adapters..", CLI + ".replay..", CLI + ".aws..");

    static final ArchRule NOTHING_DEPENDS_ON_THE_ROOT = noClasses()
            .that().resideInAnyPackage(CLI + ".replay..", CLI + ".aws..", CLI + ".output..", CLI + ".timing..")
            .should().dependOnClassesThat().resideInAPackage(CLI);

    static final ArchRule WIRED_WITHOUT_DAGGER = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("dagger..", "javax.inject..");

    static final ArchRule REPLAY_AND_AWS_ENGINES_IMPLEMENT_THE_PORTS = classes()
            .that().resideInAnyPackage(CLI + ".replay..", CLI + ".aws..").and().arePublic()
            .and().haveSimpleNameNotEndingWith("Engines")
            .should().implement(FaceComparator.class).orShould().implement(IdDocumentReader.class);

    static final ArchRule NO_NATIVE_CODE = noClasses().that().resideInAPackage(CLI + "..")
            .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
            .because("the offline engines are reached through the domain's ports, their natives through their pool");

    static final ArchRule ONLY_THE_ROOT_WIRES_THE_LOCAL_ADAPTERS = noClasses()
            .that().resideInAPackage(CLI + "..").and().resideOutsideOfPackage(CLI)
            .should().dependOnClassesThat(resideInAPackage("io.onboarding.adapters.local..")
                    .and(not(equivalentTo(DocumentBytes.class))))
            .because("Wiring makes the local adapters; an engine may read a stored document (DocumentBytes)");

    @Test
    void onlyTheCompositionRootUsesPicocli() {
        ONLY_THE_ROOT_USES_PICOCLI.check(PRODUCTION);
    }

    @Test
    void outputAndTimingKnowNoSdkAndNoAdapter() {
        OUTPUT_AND_TIMING_KNOW_NO_SDK_NOR_ADAPTERS.check(PRODUCTION);
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        NOTHING_DEPENDS_ON_THE_ROOT.check(PRODUCTION);
    }

    @Test
    void theCliWiresWithoutDagger() {
        WIRED_WITHOUT_DAGGER.check(PRODUCTION);
    }

    @Test
    void replayAndAwsEnginesImplementTheDomainPorts() {
        REPLAY_AND_AWS_ENGINES_IMPLEMENT_THE_PORTS.check(PRODUCTION);
    }

    @Test
    void theCliUsesNoNativeCode() {
        NO_NATIVE_CODE.check(PRODUCTION);
    }

    @Test
    void onlyTheCompositionRootWiresTheLocalAdapters() {
        ONLY_THE_ROOT_WIRES_THE_LOCAL_ADAPTERS.check(PRODUCTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".replay", ".aws", ".output", ".timing"})
    void everyPackageNamedInARuleExists(String name) {
        assertThat(PRODUCTION.containPackage(CLI + name)).isTrue();
    }

    @Test
    void theRootReallyWiresTheLocalAdapters() {
        assertThat(PRODUCTION.get(Wiring.class).getDirectDependenciesFromSelf())
                .anyMatch(dependency -> dependency.getTargetClass().getPackageName()
                        .startsWith("io.onboarding.adapters.local."));
    }

    record Violation(String name, ArchRule rule, String culprit, Class<?> violator) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Violation> violations() throws ClassNotFoundException {
        return Stream.of(
                new Violation("picocli in output", ONLY_THE_ROOT_USES_PICOCLI, "PicocliInOutputViolation",
                        io.onboarding.cli.output.PicocliInOutputViolation.class),
                new Violation("the SDK in timing", OUTPUT_AND_TIMING_KNOW_NO_SDK_NOR_ADAPTERS, "UsesTheSdk",
                        violator("timing.TimingViolations$UsesTheSdk")),
                new Violation("the root from timing", NOTHING_DEPENDS_ON_THE_ROOT, "UsesTheRoot",
                        violator("timing.TimingViolations$UsesTheRoot")),
                new Violation("Dagger", WIRED_WITHOUT_DAGGER, "UsesDagger",
                        violator("output.OutputViolations$UsesDagger")),
                new Violation("a public replay class that is no port", REPLAY_AND_AWS_ENGINES_IMPLEMENT_THE_PORTS,
                        "UnportedReplayViolation", io.onboarding.cli.replay.UnportedReplayViolation.class),
                new Violation("native code", NO_NATIVE_CODE, "UsesNativeCode",
                        violator("output.OutputViolations$UsesNativeCode")),
                new Violation("a local adapter made outside the root", ONLY_THE_ROOT_WIRES_THE_LOCAL_ADAPTERS,
                        "WiresALocalAdapter", violator("output.OutputViolations$WiresALocalAdapter")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void everyRuleFailsOnItsDeliberateViolation(Violation violation) {
        JavaClasses violators = new ClassFileImporter().importClasses(violation.violator());

        assertThatThrownBy(() -> violation.rule().check(violators)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(violation.culprit());
    }

    @Test
    void everyRuleHasADeliberateViolation() throws ClassNotFoundException {
        assertThat(violations().map(Violation::rule)).containsAll(List.of(ONLY_THE_ROOT_USES_PICOCLI,
                OUTPUT_AND_TIMING_KNOW_NO_SDK_NOR_ADAPTERS, NOTHING_DEPENDS_ON_THE_ROOT, WIRED_WITHOUT_DAGGER,
                REPLAY_AND_AWS_ENGINES_IMPLEMENT_THE_PORTS, NO_NATIVE_CODE, ONLY_THE_ROOT_WIRES_THE_LOCAL_ADAPTERS));
    }

    /** Violators are package-private test classes, loaded by name. */
    private static Class<?> violator(String name) throws ClassNotFoundException {
        return Class.forName(CLI + "." + name);
    }
}
