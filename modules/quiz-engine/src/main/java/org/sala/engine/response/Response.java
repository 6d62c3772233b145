package org.sala.engine.response;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A learner's answer to one question. A closed set; each question type accepts the variants listed on
 * it and refuses the others.
 */
public sealed interface Response permits Response.Unanswered, Response.SelectedChoice, Response.SelectedChoices,
        Response.TrueOrFalse, Response.Text, Response.Matches, Response.Sequence, Response.Gaps {

    /** The learner gave no answer. */
    Response UNANSWERED = new Unanswered();

    /** Whether this response says nothing: no option, an empty text, no match, no gap filled. */
    default boolean isBlank() {
        return switch (this) {
            case Unanswered unanswered -> true;
            case SelectedChoice selected -> false;
            case SelectedChoices selected -> selected.choiceIds().isEmpty();
            case TrueOrFalse answer -> false;
            case Text text -> text.value().isBlank();
            case Matches matches -> matches.answers().isEmpty();
            case Sequence sequence -> sequence.itemIds().isEmpty();
            case Gaps gaps -> gaps.answers().values().stream().allMatch(Response::isBlank);
        };
    }

    record Unanswered() implements Response {
    }

    /** Single choice: the option picked. */
    record SelectedChoice(String choiceId) implements Response {
        public SelectedChoice {
            if (choiceId == null || choiceId.isBlank()) {
                throw new IllegalArgumentException("a selected choice names an option id");
            }
        }
    }

    /** Multiple choice: the options ticked (possibly none). */
    record SelectedChoices(Set<String> choiceIds) implements Response {
        public SelectedChoices {
            choiceIds = Set.copyOf(choiceIds);
        }
    }

    /** True/false. */
    record TrueOrFalse(boolean value) implements Response {
    }

    /** Short answer or numeric: what the learner typed. */
    record Text(String value) implements Response {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Matching: prompt id to the answer text chosen for it; prompts left out are unmatched. */
    record Matches(Map<String, String> answers) implements Response {
        public Matches {
            answers = Map.copyOf(answers);
        }
    }

    /** Ordering: the item ids in the learner's order. */
    record Sequence(List<String> itemIds) implements Response {
        public Sequence {
            itemIds = List.copyOf(itemIds);
        }
    }

    /** Cloze: gap id to the response for that gap; gaps left out are unanswered. */
    record Gaps(Map<String, Response> answers) implements Response {
        public Gaps {
            answers = Map.copyOf(answers);
            answers.values().forEach(answer -> {
                if (answer instanceof Gaps) {
                    throw new IllegalArgumentException("a gap cannot hold gaps");
                }
            });
        }
    }
}
