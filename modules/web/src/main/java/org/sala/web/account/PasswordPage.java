package org.sala.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Changing one's own password (current, new, repeated). An account with a temporary password is sent here and
 * reaches nothing else until it has chosen its own ({@link AccountStatusFilter}).
 */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    AccountService accounts;

    private String current;
    private String password;
    private String repeat;

    /** Whether the signed-in account must change a temporary password (the page says so). */
    public boolean isTemporary() {
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return user != null && accounts.status(user).map(account -> account.mustChangePassword()).orElse(false);
    }

    public String change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String user = faces.getExternalContext().getRemoteUser();
        ResourceBundle messages = ResourceBundle.getBundle("org.sala.web.messages", faces.getViewRoot().getLocale());
        Map<String, List<String>> problems = accounts.changePassword(user, current == null ? "" : current, password == null ? "" : password,
                repeat == null ? "" : repeat);
        if (!problems.isEmpty()) {
            problems.forEach((field, keys) -> keys.forEach(key -> faces.addMessage("password:" + (field.equals("password") ? "new" : field), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(messages.getString(key), PasswordRules.MINIMUM_LENGTH), null))));
            faces.validationFailed();
            return null;
        }
        ((HttpServletRequest) faces.getExternalContext().getRequest()).changeSessionId();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.getString("password.changed"), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/index?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
