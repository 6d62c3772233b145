package org.sala.pack.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoodleGradesTest {

    @Test
    void aPercentageIsAShareOfOneAndNearThirdsAreMoodlesThird() {
        assertThat(MoodleGrades.credit(new BigDecimal("50"))).isEqualTo(new BigDecimal("0.5"));
        assertThat(MoodleGrades.credit(new BigDecimal("33.33333"))).isEqualTo(new BigDecimal("0.3333333"));
        assertThat(MoodleGrades.credit(new BigDecimal("33.333"))).isEqualTo(new BigDecimal("0.3333333"));
        assertThat(MoodleGrades.credit(new BigDecimal("-16.667"))).isEqualTo(new BigDecimal("-0.1666667"));
        assertThat(MoodleGrades.credit(new BigDecimal("35"))).isEqualTo(new BigDecimal("0.35"));
    }

    @Test
    void aCreditIsWrittenAsThePercentageMoodleReadsBack() {
        assertThat(MoodleGrades.percent(new BigDecimal("0.3333333"))).isEqualTo("33.33333");
        assertThat(MoodleGrades.percent(BigDecimal.ONE)).isEqualTo("100");
        assertThat(MoodleGrades.percent(new BigDecimal("-0.125"))).isEqualTo("-12.5");
    }

    @Test
    void onlyMoodlesListOfGradesIsAccepted() {
        assertThat(MoodleGrades.isGrade(new BigDecimal("0.1428571"))).isTrue();
        assertThat(MoodleGrades.isGrade(new BigDecimal("-0.05"))).isTrue();
        assertThat(MoodleGrades.isGrade(new BigDecimal("0.35"))).isFalse();
    }
}
