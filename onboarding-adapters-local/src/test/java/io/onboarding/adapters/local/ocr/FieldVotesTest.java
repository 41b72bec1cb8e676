package io.onboarding.adapters.local.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.IdField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How reads of one field from several renderings become one value and one confidence. */
class FieldVotesTest {
    @Test
    void keepsTheBestConfidenceWhenAllReadsAgree() {
        FieldVotes votes = new FieldVotes();
        votes.add(IdField.LAST_NAME, "SAMPLE", 90);
        votes.add(IdField.LAST_NAME, "SAMPLE", 96);

        assertThat(votes.results().get(IdField.LAST_NAME)).isEqualTo(ExtractedField.of("SAMPLE", 96));
    }

    @Test
    void lowersTheConfidenceOfAValueThatAnotherReadContradicts() {
        FieldVotes votes = new FieldVotes();
        votes.add(IdField.LAST_NAME, "SAMPLE", 96);
        votes.add(IdField.LAST_NAME, "SAMPLE", 96);
        votes.add(IdField.LAST_NAME, "SAMPIE", 96);

        ExtractedField field = votes.results().get(IdField.LAST_NAME);
        assertThat(field.text()).isEqualTo("SAMPLE");
        assertThat(field.confidence()).isEqualTo(72.0);
    }

    @Test
    void givesATieHalfConfidence() {
        FieldVotes votes = new FieldVotes();
        votes.add(IdField.FIRST_NAME, "NICK", 90);
        votes.add(IdField.FIRST_NAME, "NIGK", 90);

        assertThat(votes.results().get(IdField.FIRST_NAME).confidence()).isEqualTo(45.0);
    }

    @Test
    void keepsTheParsedDateOfADateField() {
        FieldVotes votes = new FieldVotes();
        votes.addDate(IdField.DATE_OF_BIRTH, LocalDate.of(1957, 1, 12), 95);

        assertThat(votes.results().get(IdField.DATE_OF_BIRTH))
                .isEqualTo(ExtractedField.ofDate("01/12/1957", 95, LocalDate.of(1957, 1, 12)));
    }

    @Test
    void reportsNothingForAFieldNeverRead() {
        assertThat(new FieldVotes().results()).isEmpty();
    }
}
