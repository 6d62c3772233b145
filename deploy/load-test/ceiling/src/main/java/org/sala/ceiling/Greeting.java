package org.sala.ceiling;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The one bean of the trivial Faces page, so that the page evaluates an expression as every real page does. */
@Named
@RequestScoped
public class Greeting {

    public String getText() {
        return "Hello";
    }
}
