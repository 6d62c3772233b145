package org.sala.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.Set;
import org.sala.persistence.account.Role;

/** Self-registration as a learner; on success the new learner is signed in and sent to the courses. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext securityContext;

    private String username;
    private String displayName;
    private String password;
    private String repeatPassword;

    public void register() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = ResourceBundle.getBundle("org.sala.web.messages", faces.getViewRoot().getLocale());
        if (password == null || !password.equals(repeatPassword)) {
            faces.addMessage("register:repeatPassword", error(messages.getString("password.mismatch")));
            return;
        }
        AccountService.Registration registration = accounts.register(username, displayName, password, Set.of(Role.LEARNER));
        if (registration.account().isEmpty()) {
            registration.problems().forEach((field, keys) -> keys.forEach(key ->
                    faces.addMessage("register:" + field, error(MessageFormat.format(messages.getString(key), PasswordRules.MINIMUM_LENGTH)))));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        LoginPage.signIn(securityContext, (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                registration.account().get().username(), password);
        faces.responseComplete();
        if (!external.isResponseCommitted()) {
            external.redirect(external.getRequestContextPath() + "/");
        }
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
