package org.sala.web.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in with Sala's own Faces login page: a visitor who opens a protected page is sent to
 * {@code /login.xhtml} and, once signed in, back to the page. Which pages need which role is in web.xml.
 */
@ApplicationScoped
@DeclareRoles({"learner", "instructor", "admin"})
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login.xhtml",
        errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {
}
