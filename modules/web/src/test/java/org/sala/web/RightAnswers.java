package org.sala.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TrueFalseQuestion;

/**
 * Answers a question on the quiz page rightly, as a learner who knows the answer would: by clicking the
 * labels they read, typing, and choosing in menus. The right answer comes from the pack, never the page.
 */
final class RightAnswers {

    private RightAnswers() {
    }

    static void give(WebDriver browser, Question question) {
        WebElement fieldset = browser.findElement(By.id("question-" + question.id()));
        switch (question) {
            case SingleChoiceQuestion single -> click(fieldset, single.choices().stream().filter(Choice::isFullCredit).findFirst().orElseThrow().text());
            case MultipleChoiceQuestion multiple -> multiple.choices().stream().filter(Choice::isRight).forEach(choice -> click(fieldset, choice.text()));
            case TrueFalseQuestion trueFalse -> click(fieldset, trueFalse.answer() ? "True" : "False");
            case ShortAnswerQuestion shortAnswer -> fieldset.findElement(By.cssSelector("input[type=text]")).sendKeys(typed(shortAnswer));
            case NumericQuestion numeric -> fieldset.findElement(By.cssSelector("input[type=text]")).sendKeys(typed(numeric));
            case MatchingQuestion matching -> {
                for (MatchPair pair : matching.pairs()) {
                    menuLabelled(browser, fieldset, pair.prompt()).selectByVisibleText(pair.answer());
                }
            }
            case OrderingQuestion ordering -> {
                List<OrderItem> items = ordering.items();
                for (int place = 1; place <= items.size(); place++) {
                    menuLabelled(browser, fieldset, items.get(place - 1).text()).selectByVisibleText(String.valueOf(place));
                }
            }
            case ClozeQuestion cloze -> {
                Map<String, Gap> gaps = cloze.gaps().stream().collect(Collectors.toMap(Gap::id, gap -> gap));
                List<String> order = ClozeQuestion.markers(cloze.text());
                for (int i = 0; i < order.size(); i++) {
                    WebElement input = fieldset.findElement(By.cssSelector("[aria-label='Gap " + (i + 1) + "']"));
                    Question gap = gaps.get(order.get(i)).question();
                    if (gap instanceof SingleChoiceQuestion single) {
                        new Select(input).selectByVisibleText(single.choices().stream().filter(Choice::isFullCredit).findFirst().orElseThrow().text());
                    } else {
                        input.sendKeys(gap instanceof ShortAnswerQuestion text ? typed(text) : typed((NumericQuestion) gap));
                    }
                }
            }
        }
    }

    private static String typed(ShortAnswerQuestion question) {
        return question.answers().stream().filter(answer -> !answer.pattern() && answer.credit().compareTo(BigDecimal.ONE) == 0)
                .map(AcceptedAnswer::text).findFirst().orElseThrow();
    }

    private static String typed(NumericQuestion question) {
        String value = question.answers().stream().filter(answer -> answer.credit().compareTo(BigDecimal.ONE) == 0).findFirst()
                .orElseThrow().value().toPlainString();
        return question.units().isEmpty() ? value : value + " " + question.units().get(0).name();
    }

    private static void click(WebElement fieldset, String label) {
        fieldset.findElements(By.tagName("label")).stream().filter(element -> element.getText().strip().equals(label.strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no option labelled '" + label + "'")).click();
    }

    private static Select menuLabelled(WebDriver browser, WebElement fieldset, String label) {
        WebElement element = fieldset.findElements(By.tagName("label")).stream().filter(candidate -> candidate.getText().strip().equals(label.strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu labelled '" + label + "'"));
        return new Select(browser.findElement(By.id(element.getAttribute("for"))));
    }
}
