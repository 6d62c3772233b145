/**
 * QTI 3.0 (1EdTech Question &amp; Test Interoperability) import and export of questions, as single
 * {@code qti-assessment-item} documents or content packages (a zip with {@code imsmanifest.xml}).
 * {@link org.sala.pack.qti.QtiFormat} is the interchange format: it reads a package or an item and writes
 * a package. What it writes it reads back equal wherever QTI can say it, and the rest is a warning naming
 * the question.
 *
 * <h2>Layout</h2>
 * {@code QtiImport} and {@code QtiExport} handle files and packages ({@code ContentPackage}: the zip, its
 * limits and the manifest's LOM metadata). One item is read by {@code ItemReader} and written by
 * {@code ItemWriter}, which only dispatch: the reader over the interactions an item holds
 * ({@code InteractionKind}), the writer over the question's type, both without a default. Each interaction
 * reads and writes its own elements in one class, so the two directions of its mapping stay side by side.
 * What all of them share is written once: the item being read ({@code ItemSource}: prompt, points,
 * responses, modal feedback) and its values ({@code ResponseValues}: correct responses, mappings), the item
 * being written ({@code ItemDraft}: declarations, template rules, feedback), response processing
 * ({@code ResponseRules}), authored text ({@code BodyText}) and the vocabulary ({@code Qti}).
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>Single choice, multiple choice, true/false: {@code qti-choice-interaction} ({@code ChoiceInteraction}).</li>
 *   <li>Short answer, numeric: {@code qti-text-entry-interaction} alone in a paragraph, with a string or a
 *       float response ({@code TextEntryInteraction}).</li>
 *   <li>Matching: {@code qti-match-interaction} ({@code MatchInteraction}).</li>
 *   <li>Ordering: {@code qti-order-interaction} ({@code OrderInteraction}).</li>
 *   <li>Cloze: the text in {@code <div class="sala-cloze">} ({@code ClozeText}), each gap a
 *       {@code qti-inline-choice-interaction} ({@code InlineChoiceInteraction}) or a
 *       {@code qti-text-entry-interaction}.</li>
 * </ul>
 * Each class says how its questions are declared and scored. Throughout, {@code SCORE} is the share of the
 * points earned (0..1, what the templates compute) and {@code MAXSCORE} holds the points. Feedback: option
 * feedback as {@code qti-feedback-inline}, feedback by outcome as {@code qti-modal-feedback}
 * {@code correct}/{@code partially-correct}/{@code incorrect}, general feedback as a modal feedback always
 * shown. Texts are Markdown: written as the source text in {@code <p>} paragraphs; on import XHTML is
 * reduced to Markdown.
 */
package org.sala.pack.qti;
