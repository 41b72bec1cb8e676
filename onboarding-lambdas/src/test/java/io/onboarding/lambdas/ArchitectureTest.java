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
import io.onboarding.adapters.aws.sqs.SqsLicenseCheckQueue;
import io.onboarding.domain.testing.ArchRuleProofs;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
            .that().resideInAnyPackage("io.onboarding.lambdas.handler..", "io.onboarding.lambdas.workflow..",
                    "io.onboarding.lambdas.api..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("handlers, the workflow glue and the HTTP API map events to commands; SDK clients belong to "
                    + "adapters, which they reach through SDK-free types (WorkflowStarter, TaskCallbacks, "
                    + "UploadLinks)");

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

    // the CLI, which may read its environment, is not on this classpath, so no exception is named for it
    static final ArchRule ENVIRONMENT_READ_ONLY_IN_CONFIG = noClasses()
            .that().resideOutsideOfPackages("io.onboarding.lambdas.config..")
            .should().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getenv");

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
        "io.onboarding.lambdas.workflow", "io.onboarding.lambdas.api", "io.onboarding.adapters.aws.support",
        "io.onboarding.adapters.aws.s3", "io.onboarding.domain.port"})
    void everyPackageTheRulesNameExists(String name) {
        assertThat(PRODUCTION.containPackage(name)).isTrue();
    }

    @Test
    void theTestFakesPackageTheRulesNameExists() {
        // in the domain's test-jar, which PRODUCTION leaves out on purpose
        JavaClasses fakes = new ClassFileImporter().importPackages("io.onboarding.domain.testing");

        assertThat(fakes.containPackage("io.onboarding.domain.testing")).isTrue();
    }

    /** Each rule, or each alternative of a rule, with test-source classes that break exactly it. */
    static Stream<Arguments> violations() throws ClassNotFoundException {
        return Stream.of(
                Arguments.of("HANDLERS_LIVE_IN_HANDLER_PACKAGE package", HANDLERS_LIVE_IN_HANDLER_PACKAGE,
                        List.of(violator("lambdas.violation.RuleViolations$MisplacedHandler"))),
                Arguments.of("HANDLERS_LIVE_IN_HANDLER_PACKAGE name", HANDLERS_LIVE_IN_HANDLER_PACKAGE,
                        List.of(violator("lambdas.handler.violation.SdkTouchingFunction"))),
                Arguments.of("HANDLERS_NEVER_TOUCH_THE_SDK", HANDLERS_NEVER_TOUCH_THE_SDK,
                        List.of(violator("lambdas.handler.violation.SdkTouchingFunction"))),
                Arguments.of("DI_STAYS_IN_THE_COMPOSITION_ROOT javax.inject", DI_STAYS_IN_THE_COMPOSITION_ROOT,
                        List.of(violator("adapters.aws.s3.violation.RuleViolations$InjectedAdapter"))),
                Arguments.of("DI_STAYS_IN_THE_COMPOSITION_ROOT dagger", DI_STAYS_IN_THE_COMPOSITION_ROOT,
                        List.of(violator("adapters.aws.s3.violation.RuleViolations$DaggerUsingAdapter"))),
                Arguments.of("ADAPTERS_ARE_INDEPENDENT", ADAPTERS_ARE_INDEPENDENT,
                        List.of(violator("adapters.aws.s3.violation.RuleViolations$QueueReachingStore"),
                                SqsLicenseCheckQueue.class)),
                Arguments.of("NO_FAKES_IN_PRODUCTION InMemory*", NO_FAKES_IN_PRODUCTION,
                        List.of(violator("lambdas.violation.RuleViolations$UsesAnInMemoryFake"))),
                Arguments.of("NO_FAKES_IN_PRODUCTION domain.testing", NO_FAKES_IN_PRODUCTION,
                        List.of(violator("lambdas.violation.RuleViolations$UsesTheDomainsTestFakes"))),
                Arguments.of("ENVIRONMENT_READ_ONLY_IN_CONFIG getenv(name)", ENVIRONMENT_READ_ONLY_IN_CONFIG,
                        List.of(violator("adapters.aws.s3.violation.RuleViolations$ReadsAVariable"))),
                Arguments.of("ENVIRONMENT_READ_ONLY_IN_CONFIG getenv()", ENVIRONMENT_READ_ONLY_IN_CONFIG,
                        List.of(violator("adapters.aws.s3.violation.RuleViolations$ReadsTheEnvironment"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void everyRuleFailsOnADeliberateViolation(String name, ArchRule rule, List<Class<?>> violators) {
        ArchRuleProofs.assertFailsOn(name, rule, violators);
    }

    @Test
    void everyRuleHasADeliberateViolation() throws Exception {
        ArchRuleProofs.assertEveryRuleProven(ArchitectureTest.class,
                violations().map(arguments -> (ArchRule) arguments.get()[1]).toList());
    }

    private static Class<?> violator(String name) throws ClassNotFoundException {
        return Class.forName("io.onboarding." + name);
    }
}
