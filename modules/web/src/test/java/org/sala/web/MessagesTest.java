package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The interface's messages as MessageFormat renders them: no apostrophe lost, no "(s)", plurals chosen by number. */
class MessagesTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.sala.web.messages", Locale.ENGLISH);

    private static String format(String key, Object... arguments) {
        return new MessageFormat(MESSAGES.getString(key), Locale.ENGLISH).format(arguments);
    }

    @Test
    void everyApostropheIsWrittenTwiceSoThatMessageFormatKeepsIt() {
        for (String key : MESSAGES.keySet()) {
            String text = MESSAGES.getString(key);
            if (text.contains("{")) {
                assertThat(text).as(key + ": a lone ' starts a quoted section and disappears").doesNotContainPattern("(?<!')'(?!')");
            }
        }
        assertThat(format("attempt.triesLeft", 2)).contains("this question's marks");
    }

    @Test
    void noMessageSaysSOrZesInBrackets() {
        for (String key : MESSAGES.keySet()) {
            assertThat(MESSAGES.getString(key)).as(key).doesNotContain("(s)").doesNotContain("(zes)");
        }
    }

    @Test
    void pluralsFollowTheNumber() {
        assertThat(format("quiz.points", BigDecimal.ONE)).isEqualTo("1 point");
        assertThat(format("quiz.points", new BigDecimal("2"))).isEqualTo("2 points");
        assertThat(format("quiz.points", new BigDecimal("0.5"))).isEqualTo("0.5 points");
        assertThat(format("catalog.lessons", 11, 1)).isEqualTo("11 lessons, 1 quiz");
        assertThat(format("catalog.lessons", 1, 12)).isEqualTo("1 lesson, 12 quizzes");
        assertThat(format("summary.flagged", 1)).isEqualTo("1 question is flagged for review.");
        assertThat(format("summary.unanswered", 3)).isEqualTo("3 questions have no answer yet.");
        assertThat(format("staff.quizFigures", 1, "0.5", "0.5", "n/a")).startsWith("1 submitted attempt;");
        assertThat(format("staff.quizFigures", 1200, "0.5", "0.5", "n/a")).startsWith("1,200 submitted attempts;");
    }
}
