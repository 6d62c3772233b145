/**
 * Item analysis of a quiz: how hard each question was ({@linkplain
 * org.sala.engine.statistics.QuestionStatistics#facility() facility}), how well it separated stronger
 * learners from weaker ones ({@linkplain org.sala.engine.statistics.QuestionStatistics#discrimination()
 * discrimination}), which options were picked, and how the quiz as a whole behaved (mean, median and
 * spread of the totals, Cronbach's alpha).
 *
 * <p>The package reads its own input records ({@link org.sala.engine.statistics.AttemptObservation},
 * {@link org.sala.engine.statistics.ItemObservation}) rather than grades from the scoring package, so it
 * can be fed from stored attempts without loading questions. Marks come in as exact decimals; the
 * statistics are {@code double}, because they are descriptive measures, never marks given to a learner.
 * A statistic that is undefined for the data (a spread of one value, a correlation with a constant) is
 * an empty {@link java.util.OptionalDouble}, never {@code NaN}.
 */
package org.sala.engine.statistics;
