package io.onboarding.lambdas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordRetentionConfigTest {

    @Test
    void keepsRecordsFiveYearsUnlessTold() {
        assertThat(RecordRetentionConfig.from(Map.of()).years()).isEqualTo(5);
        assertThat(RecordRetentionConfig.from(Map.of("RECORD_RETENTION_YEARS", " ")).years()).isEqualTo(5);
    }

    @Test
    void readsTheRetentionInYears() {
        assertThat(RecordRetentionConfig.from(Map.of("RECORD_RETENTION_YEARS", "7")).years()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "five", "2.5"})
    void refusesARetentionThatIsNotAPositiveNumberOfYears(String value) {
        assertThatThrownBy(() -> RecordRetentionConfig.from(Map.of("RECORD_RETENTION_YEARS", value)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("environment variable RECORD_RETENTION_YEARS must be a positive integer, was '" + value
                        + "'");
    }
}
