package io.onboarding.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The domain's shape: plain Java, acyclic, clock-injected, with ports as interfaces. */
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

    @ParameterizedTest
    @ValueSource(strings = {"model", "matching", "decision", "port", "usecase", "intake"})
    void everyPackageTheRulesNameExists(String name) {
        assertThat(DOMAIN.containPackage("io.onboarding.domain." + name)).isTrue();
    }

    @Test
    void rulesFailOnDeliberateViolations() throws ClassNotFoundException {
        JavaClasses violators = new ClassFileImporter().importClasses(WallClockReader.class, FrameworkUser.class,
                Class.forName("io.onboarding.domain.port.ConcretePortViolation"));

        for (ArchRule rule : List.of(NO_WALL_CLOCK, PORTS_ARE_INTERFACES, PLAIN_JAVA)) {
            assertThat(rule.evaluate(violators).hasViolation()).as(rule.getDescription()).isTrue();
        }
    }

    /** Reads the wall clock: what the domain must never do. */
    static final class WallClockReader {
        Instant read() {
            return Instant.now();
        }
    }

    /** Depends on a class outside the JDK and Commons CSV. */
    static final class FrameworkUser {
        Object use() {
            return new org.junit.jupiter.api.DisplayNameGenerator.Standard();
        }
    }
}
