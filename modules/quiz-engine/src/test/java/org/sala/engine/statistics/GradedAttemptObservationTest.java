package org.sala.engine.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sala.engine.Questions;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Grader;
import org.sala.engine.scoring.QuizGrade;

class GradedAttemptObservationTest {

    @Test
    void aGradedAttemptBecomesAnObservationWithItsMarksAndChosenOptions() {
        QuizGrade grade = Grader.grade(List.of(Questions.aseanEntry(), Questions.memberships(MultipleChoiceScoring.ALL_OR_NOTHING),
                Questions.wtoYear()), Map.of(
                "asean-entry", new Response.SelectedChoice("c"),
                "memberships", new Response.SelectedChoices(Set.of("a", "d")),
                "wto-year", new Response.Text("2004")));

        AttemptObservation observation = AttemptObservation.of(grade);

        assertThat(observation.items()).extracting(ItemObservation::chosenOptions)
                .containsExactly(Set.of("c"), Set.of("a", "d"), Set.of());
        assertThat(observation.earned()).isEqualByComparingTo("2");
        assertThat(observation.possible()).isEqualByComparingTo("6");
        assertThat(ItemAnalysis.analyse(List.of(observation, observation)).question("asean-entry").orElseThrow().optionCounts())
                .isEqualTo(Map.of("c", 2));
    }
}
