package org.sala.persistence.account;

import java.util.Locale;

/** What an account may do. The lower-case name is the role name the application's security uses. */
public enum Role {
    LEARNER, INSTRUCTOR, ADMIN;

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
