package io.onboarding.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.onboarding.domain.testing.ArchRuleProofs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The domain's shape: plain Java, acyclic, clock-injected, with ports as interfaces that speak model terms. */
class ArchitectureTest {
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.onboarding.domain");

    static final ArchRule PLAIN_JAVA = noClasses().that().resideInAPackage("io.onboarding.domain..")
            .should().dependOnClassesThat()
            .resideOutsideOfPackages("io.onboarding.domain..", "java..", "org.apache.commons.csv..")
            .because("the domain embeds in any bank service: JDK and Commons CSV only");

    static final ArchRule NO_CYCLES = slices().matching("io.onboarding.domain.(*)..").should().beFreeOfCycles();

    static final ArchRule NO_WALL_CLOCK = noClasses().that().resideInAPackage("io.onboarding.domain..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time is injected as a Clock so decisions are reproducible");

    static final ArchRule PORTS_ARE_INTERFACES = classes().that().resideInAPackage("io.onboarding.domain.port..")
            .and().areNotAssignableTo(Throwable.class)
            .and().areNotRecords()
            .and().areNotEnums()
            .should().beInterfaces()
            .because("ports are contracts; the data they carry are records and enums");

    static final ArchRule PORTS_SPEAK_MODEL_TERMS = classes().that().resideInAPackage("io.onboarding.domain.port..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.onboarding.domain.port..",
                    "io.onboarding.domain.model..", "io.onboarding.domain.application..", "java..")
            .because("a port carries facts and records; it knows no use case, policy, matching or intake");

    @Test
    void domainIsPlainJava() {
        PLAIN_JAVA.check(DOMAIN);
    }

    @Test
    void domainPackagesHaveNoCycles() {
        NO_CYCLES.check(DOMAIN);
    }

    @Test
    void domainNeverReadsTheWallClock() {
        NO_WALL_CLOCK.check(DOMAIN);
    }

    @Test
    void portsAreInterfaces() {
        PORTS_ARE_INTERFACES.check(DOMAIN);
    }

    @Test
    void portsDependOnlyOnModelApplicationAndTheJdk() {
        PORTS_SPEAK_MODEL_TERMS.check(DOMAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "matching", "decision", "application", "port", "usecase", "intake"})
    void everyPackageTheRulesNameExists(String name) {
        assertThat(DOMAIN.containPackage("io.onboarding.domain." + name)).isTrue();
    }

    /** Each rule, or each alternative of a rule, with test-source classes that break exactly it. */
    static Stream<Arguments> violations() throws ClassNotFoundException {
        return Stream.of(
                Arguments.of("PLAIN_JAVA", PLAIN_JAVA, List.of(FrameworkUser.class)),
                Arguments.of("NO_CYCLES", NO_CYCLES, List.of(violator("decision.DecisionHalfOfACycle"),
                        violator("matching.MatchingHalfOfACycle"))),
                Arguments.of("NO_WALL_CLOCK Instant.now", NO_WALL_CLOCK, List.of(WallClock.InstantNow.class)),
                Arguments.of("NO_WALL_CLOCK LocalDate.now", NO_WALL_CLOCK, List.of(WallClock.LocalDateNow.class)),
                Arguments.of("NO_WALL_CLOCK LocalDateTime.now", NO_WALL_CLOCK,
                        List.of(WallClock.LocalDateTimeNow.class)),
                Arguments.of("NO_WALL_CLOCK ZonedDateTime.now", NO_WALL_CLOCK,
                        List.of(WallClock.ZonedDateTimeNow.class)),
                Arguments.of("NO_WALL_CLOCK OffsetDateTime.now", NO_WALL_CLOCK,
                        List.of(WallClock.OffsetDateTimeNow.class)),
                Arguments.of("NO_WALL_CLOCK Clock.systemUTC", NO_WALL_CLOCK, List.of(WallClock.SystemUtc.class)),
                Arguments.of("NO_WALL_CLOCK Clock.systemDefaultZone", NO_WALL_CLOCK,
                        List.of(WallClock.SystemDefaultZone.class)),
                Arguments.of("NO_WALL_CLOCK System.currentTimeMillis", NO_WALL_CLOCK,
                        List.of(WallClock.CurrentTimeMillis.class)),
                Arguments.of("PORTS_ARE_INTERFACES", PORTS_ARE_INTERFACES,
                        List.of(violator("port.ConcretePortViolation"))),
                Arguments.of("PORTS_SPEAK_MODEL_TERMS", PORTS_SPEAK_MODEL_TERMS,
                        List.of(violator("port.PolicyReadingPort"))));
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
        return Class.forName("io.onboarding.domain." + name);
    }

    /** Depends on a class outside the JDK and Commons CSV. */
    static final class FrameworkUser {
        Object use() {
            return new org.junit.jupiter.api.DisplayNameGenerator.Standard();
        }
    }

    /** One wall-clock read each: what the domain must never do. */
    static final class WallClock {
        private WallClock() {
        }

        static final class InstantNow {
            Object read() {
                return Instant.now();
            }
        }

        static final class LocalDateNow {
            Object read() {
                return LocalDate.now();
            }
        }

        static final class LocalDateTimeNow {
            Object read() {
                return LocalDateTime.now();
            }
        }

        static final class ZonedDateTimeNow {
            Object read() {
                return ZonedDateTime.now();
            }
        }

        static final class OffsetDateTimeNow {
            Object read() {
                return OffsetDateTime.now();
            }
        }

        static final class SystemUtc {
            Object read() {
                return Clock.systemUTC();
            }
        }

        static final class SystemDefaultZone {
            Object read() {
                return Clock.systemDefaultZone();
            }
        }

        static final class CurrentTimeMillis {
            long read() {
                return System.currentTimeMillis();
            }
        }
    }
}
