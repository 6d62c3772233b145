package org.sala.engine.question;

/** An item to put in order; {@code id} is what a response names. */
public record OrderItem(String id, String text) {

    public OrderItem {
        id = Texts.requireNonBlank(id, "item id");
        text = Texts.requireNonBlank(text, "text of item '" + id + "'");
    }
}
