package org.sala.engine.question;

/** Checks shared by the question records' constructors. */
final class Texts {

    private Texts() {
    }

    static String requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
