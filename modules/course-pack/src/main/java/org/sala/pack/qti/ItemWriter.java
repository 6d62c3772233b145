package org.sala.pack.qti;

import java.util.List;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TrueFalseQuestion;

/**
 * Writes one question as a QTI 3.0 {@code qti-assessment-item}: the prompt, then the interaction of its
 * type (written by that interaction's class), then general feedback, collected in an {@link ItemDraft} and
 * assembled in the order the schema wants. Whatever the mapping cannot say is a warning message (without
 * the question id; the caller adds where it is), never dropped quietly.
 *
 * <p>Scoring: {@code SCORE} is the share of the points earned (0..1, what the standard templates compute),
 * {@code MAXSCORE} holds the points. Response processing uses the {@code match_correct} or
 * {@code map_response} template where it fits; where feedback must be chosen too, the template's rules are
 * also written out inside the item (QTI prefers them over the URI) followed by the feedback rules.
 */
final class ItemWriter {

    private ItemWriter() {
    }

    /** The item and what it could not say. */
    record Written(String xml, List<String> warnings) {
        Written {
            warnings = List.copyOf(warnings);
        }
    }

    static Written write(Question question) {
        var draft = new ItemDraft();
        if (!Qti.isIdentifier(question.id())) {
            draft.warn("its id is written as the QTI identifier '" + Qti.identifier(question.id()) + "' (a QTI identifier starts with"
                    + " a letter or '_'); Sala reads it back as '" + ItemSource.questionId(Qti.identifier(question.id()), "") + "'");
        }
        BodyText.appendParagraphs(draft.body(), question.prompt());
        switch (question) {
            case SingleChoiceQuestion single -> ChoiceInteraction.write(draft, single);
            case MultipleChoiceQuestion multiple -> ChoiceInteraction.write(draft, multiple);
            case TrueFalseQuestion trueFalse -> ChoiceInteraction.write(draft, trueFalse);
            case ShortAnswerQuestion shortAnswer -> TextEntryInteraction.write(draft, shortAnswer);
            case NumericQuestion numeric -> TextEntryInteraction.write(draft, numeric);
            case MatchingQuestion matching -> MatchInteraction.write(draft, matching);
            case OrderingQuestion ordering -> OrderInteraction.write(draft, ordering);
            case ClozeQuestion cloze -> ClozeText.write(draft, cloze);
        }
        if (!question.generalFeedback().isEmpty()) {
            // Shown whatever the response: hidden only when FEEDBACK holds "general", which no rule sets.
            draft.feedbackOutcome("single");
            draft.modalFeedback(Qti.GENERAL, "hide", question.generalFeedback());
        }
        if (!question.hints().isEmpty()) {
            draft.warn("its " + question.hints().size() + " hint(s) are not exported: a QTI item scored by the"
                    + " standard templates has no way to show hints");
        }
        String xml = draft.assemble(question);
        return new Written(xml, draft.warnings());
    }
}
