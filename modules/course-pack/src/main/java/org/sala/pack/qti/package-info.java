/**
 * QTI 3.0 (1EdTech Question &amp; Test Interoperability) import and export of questions, as single
 * {@code qti-assessment-item} documents or content packages (a zip with {@code imsmanifest.xml}).
 * {@link org.sala.pack.qti.QtiExport} writes, {@link org.sala.pack.qti.QtiImport} reads; what one writes
 * the other reads back equal wherever QTI can say it, and the rest is a warning naming the question.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>Single choice: {@code qti-choice-interaction max-choices="1"}, a single identifier response;
 *       {@code match_correct} when one option is right and the rest earn nothing, else {@code map_response}
 *       with each option's credit as its mapped value.</li>
 *   <li>Multiple choice: {@code max-choices="0"}, a multiple response with every right option in the
 *       correct response. All or nothing: {@code match_correct}. Option percentages: {@code map_response}
 *       with the credits. Right minus wrong: {@code map_response} with each right option worth its share of
 *       1 and each wrong one costing its share, {@code lower-bound="0"}: the same rule exactly;
 *       {@code data-sala-scoring} tells Sala it was authored so.</li>
 *   <li>True/false: a single choice between options identified {@code true} and {@code false}
 *       ({@code match_correct}); any such item reads back as true/false.</li>
 *   <li>Short answer: {@code qti-text-entry-interaction} alone in a paragraph, a string response,
 *       {@code map_response} with one {@code qti-map-entry} per accepted answer (credit as mapped value,
 *       {@code case-sensitive} from the question). Answer feedback: {@code string-match} rules setting
 *       {@code FEEDBACK}. Sala's whitespace, Unicode and accent settings travel as {@code data-sala-*}
 *       attributes of the interaction; QTI itself compares strings exactly, apart from case.</li>
 *   <li>Numeric: a text entry with a float response and a ladder of {@code qti-equal} tests
 *       ({@code tolerance-mode} exact, absolute or relative, QTI's relative tolerance being a percentage),
 *       each setting {@code SCORE} to its credit and {@code FEEDBACK} to its feedback.</li>
 *   <li>Matching: {@code qti-match-interaction} with two {@code qti-simple-match-set}s (prompts, then
 *       answers and distractors), a multiple {@code directedPair} response, {@code map_response} with an
 *       equal share per pair.</li>
 *   <li>Ordering: {@code qti-order-interaction}, an ordered response, {@code match_correct}; items in
 *       place and adjacent pairs are kept in {@code data-sala-scoring} and warned about.</li>
 *   <li>Cloze: the text in {@code <div class="sala-cloze">}, each gap an inline
 *       {@code qti-inline-choice-interaction} (single choice) or {@code qti-text-entry-interaction}
 *       (short answer, numeric) with its own response declaration {@code RESPONSE_<gap>}; the score is
 *       {@code sum(weight × gap credit) / total weight} in custom rules Sala also reads.</li>
 * </ul>
 * {@code SCORE} is the share of the points earned (0..1, what the templates compute) and
 * {@code MAXSCORE} holds the points. Feedback: option feedback as {@code qti-feedback-inline}, feedback
 * by outcome as {@code qti-modal-feedback} {@code correct}/{@code partially-correct}/{@code incorrect},
 * general feedback as a modal feedback always shown. Texts are Markdown: written as the source text in
 * {@code <p>} paragraphs; on import XHTML is reduced to Markdown.
 */
package org.sala.pack.qti;
