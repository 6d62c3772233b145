package org.sala.web.quiz;

/** A request named a pack, lesson, quiz or attempt that does not exist; pages answer 404. */
public class UnknownContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownContentException(String message) {
        super(message);
    }
}
