package org.sala.web.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sala.engine.question.QuestionType;
import org.sala.engine.response.Response;

/**
 * What the learner entered on the quiz page, as the inputs submit it, and its translation into the
 * engine's responses. Inputs are keyed by question id, or by {@code questionId/partId} for matching
 * prompts, ordering items and cloze gaps. Works without JavaScript: ordering is a place number per item.
 */
public final class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest typed answer kept; a longer one is cut (answers are words, numbers and short phrases). */
    static final int MAX_TYPED = 1000;

    private final Map<String, String> single = new HashMap<>();
    private final Map<String, String[]> multiple = new HashMap<>();
    private final Map<String, String> parts = new HashMap<>();

    /** Single choice, true/false, short answer and numeric: question id to the option id or typed text. */
    public Map<String, String> getSingle() {
        return single;
    }

    /** Multiple choice: question id to the ticked option ids. */
    public Map<String, String[]> getMultiple() {
        return multiple;
    }

    /** Matching (the chosen answer), ordering (the place, 1 to n) and cloze (the gap's text or option), by {@code questionId/partId}. */
    public Map<String, String> getParts() {
        return parts;
    }

    /**
     * The inputs of one question as the attempt page's script sends them to {@link AnswerEndpoint}: the
     * values of its plain inputs (the choice, the ticked choices, the typed text) and its parts by id
     * (matching prompts, ordering items, cloze gaps).
     */
    static AnswerForm of(QuestionView question, String[] values, Map<String, String> partValues) {
        var form = new AnswerForm();
        String[] given = values == null ? new String[0] : values;
        if (question.kind() == QuestionType.MULTIPLE_CHOICE) {
            form.multiple.put(question.id(), given.clone());
        } else if (given.length > 0) {
            form.single.put(question.id(), given[0]);
        }
        partValues.forEach((part, value) -> form.parts.put(question.id() + "/" + part, value));
        return form;
    }

    /** Prepares the inputs of these questions (a multiple choice starts with nothing ticked). */
    void prepare(List<QuestionView> questions) {
        questions.stream().filter(question -> question.kind() == QuestionType.MULTIPLE_CHOICE)
                .forEach(question -> multiple.putIfAbsent(question.id(), new String[0]));
    }

    /**
     * The responses to these questions; a question left blank is left out (graded as unanswered).
     *
     * @throws IllegalArgumentException naming the question when an ordering gives two items the same place
     */
    Map<String, Response> responses(List<QuestionView> questions) {
        var responses = new HashMap<String, Response>();
        for (QuestionView question : questions) {
            String id = question.id();
            Response response = switch (question.kind()) {
                case SINGLE_CHOICE -> blank(single.get(id)) ? null
                        : new Response.SelectedChoice(QuestionView.optionId(question.options(), single.get(id)));
                case TRUE_FALSE -> blank(single.get(id)) ? null : new Response.TrueOrFalse(Boolean.parseBoolean(single.get(id)));
                case SHORT_ANSWER, NUMERIC -> blank(single.get(id)) ? null : new Response.Text(typed(single.get(id)));
                case MULTIPLE_CHOICE -> {
                    String[] ticked = multiple.get(id);
                    yield ticked == null || ticked.length == 0 ? null : new Response.SelectedChoices(Arrays.stream(ticked)
                            .map(value -> QuestionView.optionId(question.options(), value)).collect(Collectors.toSet()));
                }
                case MATCHING -> {
                    var matches = new HashMap<String, String>();
                    question.prompts().forEach(prompt -> {
                        String answer = parts.get(id + "/" + prompt.id());
                        if (!blank(answer)) {
                            matches.put(prompt.id(), answer);
                        }
                    });
                    yield matches.isEmpty() ? null : new Response.Matches(matches);
                }
                case ORDERING -> ordering(question);
                case CLOZE -> {
                    var gaps = new HashMap<String, Response>();
                    question.segments().stream().filter(segment -> segment.gapId() != null).forEach(segment -> {
                        String value = parts.get(id + "/" + segment.gapId());
                        if (!blank(value)) {
                            gaps.put(segment.gapId(), segment.isChoice()
                                    ? new Response.SelectedChoice(QuestionView.optionId(segment.options(), value)) : new Response.Text(typed(value)));
                        }
                    });
                    yield gaps.isEmpty() ? null : new Response.Gaps(gaps);
                }
            };
            if (response != null) {
                responses.put(id, response);
            }
        }
        return responses;
    }

    /** The response to one question, {@link Response#UNANSWERED} when it was left blank. */
    Response response(QuestionView question) {
        return responses(List.of(question)).getOrDefault(question.id(), Response.UNANSWERED);
    }

    /** Puts a saved response back into the inputs, so the learner sees what was saved. */
    void fill(QuestionView question, Response response) {
        String id = question.id();
        switch (response) {
            case Response.Unanswered unanswered -> { }
            case Response.SelectedChoice selected -> single.put(id, QuestionView.value(question.options(), selected.choiceId()));
            case Response.SelectedChoices selected -> multiple.put(id, selected.choiceIds().stream()
                    .map(choiceId -> QuestionView.value(question.options(), choiceId)).toArray(String[]::new));
            case Response.TrueOrFalse answer -> single.put(id, String.valueOf(answer.value()));
            case Response.Text text -> single.put(id, text.value());
            case Response.Matches matches -> matches.answers().forEach((prompt, answer) -> parts.put(id + "/" + prompt, answer));
            case Response.Sequence sequence -> {
                for (int i = 0; i < sequence.itemIds().size(); i++) {
                    parts.put(id + "/" + sequence.itemIds().get(i), String.valueOf(i + 1));
                }
            }
            case Response.Gaps gaps -> gaps.answers().forEach((gap, answer) -> parts.put(id + "/" + gap, switch (answer) {
                case Response.SelectedChoice selected -> question.segments().stream().filter(segment -> gap.equals(segment.gapId()))
                        .findFirst().map(segment -> QuestionView.value(segment.options(), selected.choiceId())).orElse("");
                case Response.Text text -> text.value();
                default -> "";
            }));
        }
    }

    /** Items sorted by the place the learner gave each; nothing when no place was given. */
    private Response ordering(QuestionView question) {
        var places = new HashMap<String, Integer>();
        for (QuestionView.OptionView item : question.options()) {
            String place = parts.get(question.id() + "/" + item.id());
            if (!blank(place)) {
                try {
                    places.put(item.id(), Integer.parseInt(place.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("question " + question.number() + ": a place is a number from 1 to "
                            + question.options().size());
                }
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        if (places.size() != question.options().size() || new HashSet<>(places.values()).size() != places.size()) {
            throw new IllegalArgumentException("question " + question.number() + ": give every item its own place");
        }
        var items = new ArrayList<>(places.keySet());
        items.sort((left, right) -> Integer.compare(places.get(left), places.get(right)));
        return new Response.Sequence(items);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String typed(String value) {
        return value.length() > MAX_TYPED ? value.substring(0, MAX_TYPED) : value;
    }
}
