package org.sala.pack.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.pack.qti.ResponseRules.Scoring;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * {@code qti-match-interaction}, both ways: a matching question as two {@code qti-simple-match-set}s (the
 * prompts, then the answers and distractors) and a multiple {@code directedPair} response, scored
 * {@code map_response} with an equal share per pair. Feedback by outcome is modal feedback chosen by
 * {@code SCORE}.
 */
final class MatchInteraction {

    private MatchInteraction() {
    }

    static Optional<Question> read(ItemSource item, Element interaction, QuestionBasics basics, ScoredResponse response) {
        Element declaration = response.declaration();
        List<Element> sets = SafeXml.children(interaction, "qti-simple-match-set");
        if (sets.size() != 2) {
            item.error(interaction, "item '" + item.id() + "': a match interaction needs two qti-simple-match-set elements, not "
                    + sets.size());
            return Optional.empty();
        }
        Map<String, String> prompts = associables(item, sets.get(0));
        Map<String, String> answers = associables(item, sets.get(1));
        List<String> keys;
        switch (response.scoring()) {
            case Scoring.Mapped mapped -> {
                Map<String, BigDecimal> entries = ResponseValues.mapping(item, declaration).entries();
                keys = entries.entrySet().stream().filter(entry -> entry.getValue().signum() > 0).map(Map.Entry::getKey).toList();
                if (entries.values().stream().filter(value -> value.signum() > 0).distinct().count() > 1
                        && !equalShares(entries.values().stream().filter(value -> value.signum() > 0).toList())) {
                    item.warning(declaration, "item '" + item.id() + "': its pairs earn unequal credit; Sala gives each rightly"
                            + " matched prompt an equal share");
                }
            }
            case Scoring.MatchCorrect all -> {
                keys = ResponseValues.correctValues(declaration);
                item.warning(declaration, "item '" + item.id() + "' is scored all or nothing; Sala gives each rightly matched"
                        + " prompt an equal share");
            }
            case Scoring.Ladder ladder -> {
                item.error(interaction, "item '" + item.id() + "': a match interaction is read with match_correct or map_response");
                return Optional.empty();
            }
        }
        var pairs = new ArrayList<MatchPair>();
        var used = new HashSet<String>();
        for (String key : keys) {
            String[] ends = key.strip().split("\\s+");
            // A directed pair may name the sets in either order.
            String prompt = ends.length == 2 && prompts.containsKey(ends[0]) ? ends[0] : ends.length == 2 ? ends[1] : "";
            String answer = ends.length == 2 && prompt.equals(ends[0]) ? ends[1] : ends.length == 2 ? ends[0] : "";
            if (!prompts.containsKey(prompt) || !answers.containsKey(answer)) {
                item.error(declaration, "item '" + item.id() + "': pair '" + key + "' does not join a choice of the first set to one"
                        + " of the second");
                return Optional.empty();
            }
            pairs.add(new MatchPair(prompt, prompts.get(prompt), answers.get(answer)));
            used.add(answers.get(answer));
        }
        List<String> distractors = answers.values().stream().filter(answer -> !used.contains(answer)).distinct().toList();
        return Optional.of(new MatchingQuestion(basics, pairs, distractors, Qti.isTrue(interaction, "shuffle"), item.outcomeFeedback()));
    }

    private static boolean equalShares(List<BigDecimal> shares) {
        BigDecimal first = shares.get(0);
        return shares.stream().allMatch(share -> share.subtract(first).abs().compareTo(new BigDecimal("0.000001")) <= 0);
    }

    private static Map<String, String> associables(ItemSource item, Element set) {
        var choices = new LinkedHashMap<String, String>();
        for (Element choice : SafeXml.children(set, "qti-simple-associable-choice")) {
            choices.put(choice.getAttribute("identifier"), item.choiceText(choice));
        }
        return choices;
    }

    static void write(ItemDraft draft, MatchingQuestion matching) {
        Element declaration = draft.declaration(Qti.RESPONSE, "multiple", "directedPair");
        var pairIds = new HashSet<String>();
        matching.pairs().forEach(pair -> pairIds.add(pair.id()));
        var answerIds = new LinkedHashMap<String, String>();
        for (String answer : matching.answerChoices()) {
            String id = "answer-" + (answerIds.size() + 1);
            while (pairIds.contains(id)) {
                id = id + "-a";
            }
            answerIds.put(answer, id);
        }
        var keys = new ArrayList<String>();
        for (MatchPair pair : matching.pairs()) {
            keys.add(pair.id() + " " + answerIds.get(pair.answer()));
        }
        ItemDraft.correct(declaration, keys);
        var entries = new LinkedHashMap<String, BigDecimal>();
        List<BigDecimal> shares = ItemDraft.shares(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            entries.put(keys.get(i), shares.get(i));
        }
        ItemDraft.mapping(declaration, entries);
        Element interaction = Qti.append(draft.body(), InteractionKind.MATCH.element());
        interaction.setAttribute("response-identifier", Qti.RESPONSE);
        interaction.setAttribute("shuffle", String.valueOf(matching.shuffle()));
        interaction.setAttribute("max-associations", String.valueOf(matching.pairs().size()));
        Element prompts = Qti.append(interaction, "qti-simple-match-set");
        for (MatchPair pair : matching.pairs()) {
            draft.identifier(pair.id(), "pair id");
            associable(prompts, pair.id(), pair.prompt(), 1);
        }
        Element targets = Qti.append(interaction, "qti-simple-match-set");
        answerIds.forEach((answer, id) -> associable(targets, id, answer, matching.pairs().size()));
        draft.processing().setAttribute("template", Qti.MAP_RESPONSE);
        draft.outcomeFeedback(matching.feedback(), Qti.MAP_RESPONSE);
    }

    private static void associable(Element set, String id, String text, int matchMax) {
        Element choice = Qti.appendText(set, "qti-simple-associable-choice", text);
        choice.setAttribute("identifier", id);
        choice.setAttribute("match-max", String.valueOf(matchMax));
    }
}
