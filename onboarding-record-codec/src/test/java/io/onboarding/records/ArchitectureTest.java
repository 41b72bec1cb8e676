package io.onboarding.records;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.onboarding.records.violation.TestingInProductionViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The codec is the stores' shared schema: it needs the domain's model and the JDK's language and collections, and
 * nothing a store brings (the AWS SDK, Jackson, the local engines), so that every store can depend on it.
 */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.onboarding.records");

    static final ArchRule ONLY_THE_DOMAIN_AND_THE_JDK_CORE = noClasses()
            .that().resideInAPackage("io.onboarding.records..")
            .should().dependOnClassesThat().resideOutsideOfPackages("io.onboarding.records..",
                    "io.onboarding.domain.application..", "io.onboarding.domain.decision..",
                    "io.onboarding.domain.matching..", "io.onboarding.domain.model..", "java.lang..",
                    "java.util", "java.util.function..", "java.util.stream..", "java.math..", "java.time..")
            .because("any store may depend on the codec, so it brings nothing but the record's own types");

    @Test
    void dependsOnlyOnTheDomainsRecordTypesAndTheJdkCore() {
        ONLY_THE_DOMAIN_AND_THE_JDK_CORE.check(PRODUCTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.onboarding.records", "io.onboarding.domain.application",
        "io.onboarding.domain.decision", "io.onboarding.domain.matching", "io.onboarding.domain.model"})
    void everyPackageTheRuleNamesExists(String name) {
        JavaClasses named = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(name);

        assertThat(named.containPackage(name)).isTrue();
    }

    @Test
    void theRuleFailsOnADeliberateViolation() {
        JavaClasses violation = new ClassFileImporter().importClasses(TestingInProductionViolation.class);

        assertThatThrownBy(() -> ONLY_THE_DOMAIN_AND_THE_JDK_CORE.check(violation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("TestApplications")
                .hasMessageContaining("java.util.logging.Logger");
    }
}
