package io.onboarding.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CLI's package rules (see the package-info files and STYLE.md §9). */
class ArchitectureTest {
    private static final String CLI = "io.onboarding.cli";
    private static final ArchRule ONLY_THE_ROOT_USES_PICOCLI = noClasses()
            .that().resideOutsideOfPackage(CLI).and().resideInAPackage(CLI + "..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CLI);
    }

    @Test
    void everyPackageNamedInARuleExists() {
        for (String name : List.of("replay", "aws", "output", "timing")) {
            assertThat(classes.containPackage(CLI + "." + name)).as(name).isTrue();
        }
    }

    @Test
    void outputAndTimingKnowNoSdkAndNoEngine() {
        noClasses().that().resideInAnyPackage(CLI + ".output..", CLI + ".timing..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..", "picocli..",
                        "io.onboarding.adapters..", CLI + ".replay..", CLI + ".aws..", "org.bytedeco..")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootUsesPicocli() {
        ONLY_THE_ROOT_USES_PICOCLI.check(classes);
    }

    @Test
    void theRulesCatchADeliberateViolation() {
        JavaClasses violation = new ClassFileImporter().importClasses(
                io.onboarding.cli.output.PicocliInOutputViolation.class);

        assertThatThrownBy(() -> ONLY_THE_ROOT_USES_PICOCLI.check(violation)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("PicocliInOutputViolation");
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        noClasses().that().resideInAnyPackage(CLI + ".replay..", CLI + ".aws..",
                        CLI + ".output..", CLI + ".timing..")
                .should().dependOnClassesThat().resideInAPackage(CLI)
                .check(classes);
    }

    @Test
    void theCliWiresWithoutDagger() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dagger..", "javax.inject..")
                .check(classes);
    }

    @Test
    void replayAndAwsEnginesImplementTheDomainPorts() {
        classes().that().resideInAnyPackage(CLI + ".replay..", CLI + ".aws..").and().arePublic()
                .and().haveSimpleNameNotEndingWith("Engines")
                .should().implement(io.onboarding.domain.port.FaceComparator.class)
                .orShould().implement(io.onboarding.domain.port.IdDocumentReader.class)
                .check(classes);
    }
}
