package io.onboarding.lambdas;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules over all production modules (domain, adapters, lambdas), which are all on this module's classpath. */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))   // the modules' test-jars hold fakes
            .importPackages("io.onboarding");

    static final ArchRule HANDLERS_LIVE_IN_HANDLER_PACKAGE = classes().that().implement(RequestHandler.class)
            .should().resideInAPackage("io.onboarding.lambdas.handler..")
            .andShould().haveSimpleNameEndingWith("Handler");

    static final ArchRule HANDLERS_NEVER_TOUCH_THE_SDK = noClasses()
            .that().resideInAPackage("io.onboarding.lambdas.handler..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("handlers map events to commands; SDK clients belong to adapters");

    static final ArchRule DI_STAYS_IN_THE_COMPOSITION_ROOT = noClasses()
            .that().resideOutsideOfPackage("io.onboarding.lambdas..")
            .should().dependOnClassesThat().resideInAnyPackage("dagger..", "javax.inject..");

    static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices().matching("io.onboarding.adapters.aws.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("io.onboarding.adapters.aws.support.."));

    static final ArchRule NO_FAKES_IN_PRODUCTION = noClasses()
            .that().resideInAnyPackage("io.onboarding.adapters..", "io.onboarding.lambdas..")
            .should().dependOnClassesThat().haveSimpleNameStartingWith("InMemory")
            .orShould().dependOnClassesThat().resideInAPackage("io.onboarding.domain.testing..");

    static final ArchRule ENVIRONMENT_READ_ONLY_IN_CONFIG = noClasses()
            .that().resideOutsideOfPackages("io.onboarding.lambdas.config..", "io.onboarding.cli..")
            .should().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getenv");

    static final List<ArchRule> RULES = List.of(HANDLERS_LIVE_IN_HANDLER_PACKAGE, HANDLERS_NEVER_TOUCH_THE_SDK,
            DI_STAYS_IN_THE_COMPOSITION_ROOT, ADAPTERS_ARE_INDEPENDENT, NO_FAKES_IN_PRODUCTION,
            ENVIRONMENT_READ_ONLY_IN_CONFIG);

    @Test
    void handlersLiveInTheHandlerPackage() {
        HANDLERS_LIVE_IN_HANDLER_PACKAGE.check(PRODUCTION);
    }

    @Test
    void handlersNeverTouchTheAwsSdk() {
        HANDLERS_NEVER_TOUCH_THE_SDK.check(PRODUCTION);
    }

    @Test
    void dependencyInjectionStaysInTheCompositionRoot() {
        DI_STAYS_IN_THE_COMPOSITION_ROOT.check(PRODUCTION);
    }

    @Test
    void adaptersAreIndependentOfEachOther() {
        ADAPTERS_ARE_INDEPENDENT.check(PRODUCTION);
    }

    @Test
    void productionCodeNeverUsesTestFakes() {
        NO_FAKES_IN_PRODUCTION.check(PRODUCTION);
    }

    @Test
    void environmentIsReadOnlyInConfiguration() {
        ENVIRONMENT_READ_ONLY_IN_CONFIG.check(PRODUCTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.onboarding.lambdas.handler", "io.onboarding.lambdas.config", "io.onboarding.lambdas.di",
        "io.onboarding.adapters.aws.support", "io.onboarding.adapters.aws.s3", "io.onboarding.domain.port"})
    void everyPackageTheRulesNameExists(String name) {
        assertThat(PRODUCTION.containPackage(name)).isTrue();
    }

    @Test
    void rulesFailOnDeliberateViolations() throws ClassNotFoundException {
        JavaClasses violators = new ClassFileImporter().importClasses(
                Class.forName("io.onboarding.lambdas.handler.violation.SdkTouchingFunction"),
                Class.forName("io.onboarding.adapters.aws.s3.violation.EnvironmentReadingAdapter"));

        for (ArchRule rule : List.of(HANDLERS_NEVER_TOUCH_THE_SDK, ENVIRONMENT_READ_ONLY_IN_CONFIG,
                HANDLERS_LIVE_IN_HANDLER_PACKAGE, DI_STAYS_IN_THE_COMPOSITION_ROOT)) {
            assertThat(rule.evaluate(violators).hasViolation()).as(rule.getDescription()).isTrue();
        }
    }
}
