package org.sala.web.quiz;

import java.util.List;
import java.util.Optional;
import org.sala.engine.question.Choice;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.pack.model.Bank;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.web.content.PackCatalog;

/** Packs as an institution changes them between two starts of Sala, for the tests of what attempts keep. */
final class ChangedPacks {

    private ChangedPacks() {
    }

    /** The first option of a single-choice question that its key says is worth nothing, and that {@link #withKeyChanged} makes right. */
    static String firstWrongOption(SingleChoiceQuestion question) {
        return question.choices().stream().filter(choice -> choice.credit().signum() == 0).map(Choice::id).findFirst().orElseThrow();
    }

    /** The pack with one single-choice question's key changed: its first option worth nothing becomes the right one, and the right one wrong. */
    static Pack withKeyChanged(Pack pack, String questionId) {
        var banks = pack.banks().stream().map(bank -> new Bank(bank.id(), bank.title(), bank.questions().stream()
                .map(authored -> authored.id().equals(questionId) ? changedKey(authored) : authored).toList())).toList();
        return new Pack(pack.info(), pack.lessons(), banks, pack.quizzes());
    }

    private static PackQuestion changedKey(PackQuestion authored) {
        SingleChoiceQuestion single = (SingleChoiceQuestion) authored.question();
        String newRight = firstWrongOption(single);
        var choices = single.choices().stream().map(choice -> choice.id().equals(newRight) ? Choice.right(choice.id(), choice.text(), "")
                : Choice.wrong(choice.id(), choice.text(), "")).toList();
        return new PackQuestion(new SingleChoiceQuestion(single.basics(), choices, single.shuffle()),
                authored.difficulty(), authored.tags(), authored.sections(), authored.fact());
    }

    /** A catalogue that serves only this pack, as Sala does after a restart with the changed files. */
    static PackCatalog serving(Pack pack) {
        return new PackCatalog() {
            @Override
            public Optional<Pack> pack(String id) {
                return id.equals(pack.id()) ? Optional.of(pack) : Optional.empty();
            }

            @Override
            public List<Pack> packs() {
                return List.of(pack);
            }
        };
    }
}
