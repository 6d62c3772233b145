package org.sala.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sala.pack.discovery.PackDiscovery;
import org.sala.pack.model.Pack;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.PackSource;
import org.sala.pack.read.ReadResult;

/** Loads and validates the whole pack, as the application does at startup. */
class CambodianForeignPolicyPackTest {

    private static ReadResult read() {
        List<PackSource> sources = PackDiscovery.onClasspath(CambodianForeignPolicyPackTest.class.getClassLoader());
        assertThat(sources).as("packs on the classpath").hasSize(1);
        return PackReader.read(sources.get(0));
    }

    @Test
    void thePackValidatesWithoutErrorsOrWarnings() {
        assertThat(read().problems()).isEmpty();
    }

    @Test
    void theCourseHasItsTitleALessonAndAQuizOnIt() {
        Pack pack = read().pack().orElseThrow();

        assertThat(pack.info().id()).isEqualTo("cambodian-foreign-policy");
        assertThat(pack.info().title()).isEqualTo("Cambodian Foreign Policy");
        assertThat(pack.lesson("asean-and-multilateral-memberships")).hasValueSatisfying(lesson -> {
            assertThat(lesson.title()).isEqualTo("ASEAN and multilateral memberships");
            assertThat(lesson.markdown().split("\\s+").length).isGreaterThan(800);
        });
        assertThat(pack.quiz("asean-practice")).hasValueSatisfying(quiz -> {
            assertThat(quiz.questions()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(quiz.questions()).allSatisfy(question -> assertThat(question.taughtIn()).isPresent());
        });
    }

    @Test
    void theLessonTeachesTheCorrectedAseanDate() {
        String lesson = read().pack().orElseThrow().lesson("asean-and-multilateral-memberships").orElseThrow().markdown();

        assertThat(lesson).contains("30 April 1999");
    }
}
