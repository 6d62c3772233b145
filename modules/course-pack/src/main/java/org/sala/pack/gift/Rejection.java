package org.sala.pack.gift;

/**
 * Why a question cannot be imported, and where in the file. Thrown while one question is parsed and
 * caught by {@link GiftImport}, which turns it into an error {@link org.sala.pack.Problem} and goes on
 * with the next question; it never reaches a caller, so it carries no stack trace.
 */
final class Rejection extends RuntimeException {

    private final int position;

    /**
     * @param position file offset the problem is reported at
     * @param message  what is wrong and, where it can be said, what would be right
     */
    Rejection(int position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    int position() {
        return position;
    }
}
