package io.onboarding.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * Guards for the modules' ArchUnit rules: each rule must fail on a deliberate violation, and every rule of a test
 * class must have one. Shared through the domain's test-jar so each module's {@code ArchitectureTest} proves its rules
 * the same way.
 */
public final class ArchRuleProofs {
    private ArchRuleProofs() {
    }

    /**
     * Asserts that {@code rule} fails on {@code violators} and that its report names the first of them: the rule
     * failed because of that class, not merely on the imported set.
     */
    public static void assertFailsOn(String name, ArchRule rule, List<Class<?>> violators) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(violators));

        assertThat(result.hasViolation()).as(name).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).as(name)
                .contains(violators.get(0).getName());
    }

    /** Asserts that {@code proven} holds exactly the static {@link ArchRule} fields of {@code testClass}. */
    public static void assertEveryRuleProven(Class<?> testClass, Collection<ArchRule> proven) {
        assertThat(new HashSet<>(proven)).containsExactlyInAnyOrderElementsOf(rulesOf(testClass));
    }

    private static List<ArchRule> rulesOf(Class<?> testClass) {
        List<ArchRule> rules = new ArrayList<>();
        for (Field field : testClass.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && ArchRule.class.isAssignableFrom(field.getType())) {
                try {
                    field.setAccessible(true);
                    rules.add((ArchRule) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read rule " + field.getName(), e);
                }
            }
        }
        return rules;
    }
}
