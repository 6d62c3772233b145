package org.sala.pack.qti;

import java.util.Arrays;
import java.util.Optional;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * The QTI interactions Sala reads and writes, by element name. Block interactions stand alone in the item
 * body and make a question each; inline ones sit within text, alone (a short-answer or numeric question)
 * or as the gaps of a cloze text. {@link ItemReader} switches over these without a default, so a kind
 * added here fails to compile until it is read.
 */
enum InteractionKind {
    CHOICE("qti-choice-interaction", false),
    ORDER("qti-order-interaction", false),
    MATCH("qti-match-interaction", false),
    TEXT_ENTRY("qti-text-entry-interaction", true),
    INLINE_CHOICE("qti-inline-choice-interaction", true);

    private final String element;
    private final boolean inline;

    InteractionKind(String element, boolean inline) {
        this.element = element;
        this.inline = inline;
    }

    String element() {
        return element;
    }

    boolean isInline() {
        return inline;
    }

    /** The kind of an element, when it is an interaction Sala reads. */
    static Optional<InteractionKind> of(Element element) {
        String name = SafeXml.localName(element);
        return Arrays.stream(values()).filter(kind -> kind.element.equals(name)).findFirst();
    }
}
