package io.onboarding.adapters.aws;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.onboarding.adapters.aws.s3.S3DocumentStore;
import io.onboarding.domain.testing.ArchRuleProofs;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkClient;

/**
 * The adapters' shape: domain + record codec + SDK + Jackson + JDK only, independent of each other, one place builds
 * clients.
 */
class ArchitectureTest {
    private static final JavaClasses ADAPTERS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.onboarding.adapters.aws");

    static final ArchRule ONLY_DOMAIN_CODEC_SDK_JACKSON_AND_JDK = noClasses()
            .that().resideInAPackage("io.onboarding.adapters.aws..")
            .should().dependOnClassesThat().resideOutsideOfPackages("io.onboarding.adapters.aws..",
                    "io.onboarding.domain..", "io.onboarding.records..", "software.amazon.awssdk..",
                    "com.fasterxml.jackson..", "java..")
            .because("adapters translate between the domain and AWS; anything else belongs elsewhere");

    static final ArchRule NO_OTHER_HTTP_CLIENT = noClasses()
            .that().resideInAPackage("io.onboarding.adapters.aws..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk.http.apache..",
                    "software.amazon.awssdk.http.apache5..", "software.amazon.awssdk.http.nio.netty..",
                    "software.amazon.awssdk.http.crt..", "org.apache.http..", "org.apache.hc..", "io.netty..")
            .because("every SDK client shares the URLConnection client (docs/adr/0005)");

    static final ArchRule ADAPTERS_INDEPENDENT = slices().matching("io.onboarding.adapters.aws.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("io.onboarding.adapters.aws.support.."));

    static final ArchRule NO_FAKES = noClasses().that().resideInAnyPackage("io.onboarding.adapters..")
            .should().dependOnClassesThat().haveSimpleNameStartingWith("InMemory")
            .because("fakes live in test sources only");

    static final ArchRule NO_ENVIRONMENT = noClasses().that().resideInAPackage("io.onboarding.adapters..")
            .should().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getenv")
            .because("configuration is read once, by the caller, and passed in");

    static final ArchRule ONLY_SUPPORT_BUILDS_CLIENTS = noClasses()
            .that().resideInAPackage("io.onboarding.adapters.aws..")
            .and().resideOutsideOfPackage("io.onboarding.adapters.aws.support..")
            .should().callMethodWhere(target(name("builder")).and(target(owner(assignableTo(SdkClient.class)))))
            .because("AwsClientFactory is the one place that sets HTTP client, region and credentials");

    @Test
    void adaptersDependOnlyOnTheDomainTheRecordCodecTheSdkJacksonAndTheJdk() {
        ONLY_DOMAIN_CODEC_SDK_JACKSON_AND_JDK.check(ADAPTERS);
    }

    @Test
    void adaptersUseNoOtherSdkHttpClient() {
        NO_OTHER_HTTP_CLIENT.check(ADAPTERS);
    }

    @Test
    void adaptersDependOnEachOtherOnlyThroughSupport() {
        ADAPTERS_INDEPENDENT.check(ADAPTERS);
    }

    @Test
    void adaptersNeverUseTestFakes() {
        NO_FAKES.check(ADAPTERS);
    }

    @Test
    void adaptersNeverReadTheEnvironment() {
        NO_ENVIRONMENT.check(ADAPTERS);
    }

    @Test
    void onlyTheFactoryBuildsSdkClients() {
        ONLY_SUPPORT_BUILDS_CLIENTS.check(ADAPTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"software.amazon.awssdk.http.apache.ApacheHttpClient",
            "software.amazon.awssdk.http.apache5.Apache5HttpClient",
            "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient"})
    void noApacheOrNettySdkHttpClientIsOnTheClasspath(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }

    /** The rules name all adapter packages; rekognition, textract, sns and http are asserted where they are built. */
    @ParameterizedTest
    @ValueSource(strings = {"support", "s3", "dynamodb", "sqs", "sfn"})
    void everyPackageTheRulesNameExists(String name) {
        assertThat(ADAPTERS.containPackage("io.onboarding.adapters.aws." + name)).isTrue();
    }

    @Test
    void theRecordCodecTheRulesNameExists() {
        JavaClasses codec = new ClassFileImporter().importPackages("io.onboarding.records");

        assertThat(codec.containPackage("io.onboarding.records")).isTrue();
    }

    /** Each rule, or each alternative of a rule, with test-source classes that break exactly it. */
    static Stream<Arguments> violations() throws ClassNotFoundException {
        return Stream.of(
                Arguments.of("ONLY_DOMAIN_CODEC_SDK_JACKSON_AND_JDK", ONLY_DOMAIN_CODEC_SDK_JACKSON_AND_JDK,
                        List.of(violator("violation.RuleViolations$UsesALoggingFramework"))),
                Arguments.of("NO_OTHER_HTTP_CLIENT", NO_OTHER_HTTP_CLIENT,
                        List.of(violator("violation.RuleViolations$BuildsItsOwnCrtHttpClient"))),
                Arguments.of("ADAPTERS_INDEPENDENT", ADAPTERS_INDEPENDENT,
                        List.of(violator("sqs.CrossAdapterViolation"), S3DocumentStore.class)),
                Arguments.of("NO_FAKES", NO_FAKES, List.of(violator("violation.RuleViolations$UsesATestFake"))),
                Arguments.of("NO_ENVIRONMENT getenv(name)", NO_ENVIRONMENT,
                        List.of(violator("violation.RuleViolations$ReadsAVariable"))),
                Arguments.of("NO_ENVIRONMENT getenv()", NO_ENVIRONMENT,
                        List.of(violator("violation.RuleViolations$ReadsTheEnvironment"))),
                Arguments.of("ONLY_SUPPORT_BUILDS_CLIENTS", ONLY_SUPPORT_BUILDS_CLIENTS,
                        List.of(violator("violation.RuleViolations$BuildsItsOwnSdkClient"))));
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
        return Class.forName("io.onboarding.adapters.aws." + name);
    }
}
