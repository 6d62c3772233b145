package org.sala.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is signed in, for pages and services: the username, display name and roles; nobody for a visitor.
 * Read from the request rather than Jakarta Security's SecurityContext, which Payara cannot answer while it
 * renders an error page (such as the not-found page).
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    AccountService accounts;

    private String displayName;

    private static ExternalContext request() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public Optional<String> username() {
        return Optional.ofNullable(request().getUserPrincipal()).map(Principal::getName);
    }

    public boolean isSignedIn() {
        return username().isPresent();
    }

    public boolean isStaff() {
        return request().isUserInRole("instructor") || request().isUserInRole("admin");
    }

    /**
     * Whether an administrator is signed in. False on an error page, where Payara cannot check roles (it
     * throws), so that the page header can never take an error page down.
     */
    public boolean isAdmin() {
        if (!isSignedIn()) {
            return false;
        }
        try {
            return request().isUserInRole("admin");
        } catch (RuntimeException noRolesHere) {
            return false;
        }
    }

    public String getDisplayName() {
        if (displayName == null) {
            try {
                displayName = username().map(name -> accounts.displayName(name).orElse(name)).orElse("");
            } catch (RuntimeException databaseAway) {
                // The header must not take the page down with it: show the username until the database answers.
                return username().orElse("");
            }
        }
        return displayName;
    }
}
