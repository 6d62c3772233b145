package org.sala.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * Signing in and out. A new session id is issued at sign-in, so a session id seen before cannot be reused;
 * repeated failures are throttled per account and address, and per browser the account signed in from
 * before ({@link LoginThrottle}, {@link DeviceCookies}).
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        ResourceBundle messages = ResourceBundle.getBundle("org.sala.web.messages", faces.getViewRoot().getLocale());
        String account = normalized(username);
        String address = request.getRemoteAddr();
        Object cookie = external.getRequestCookieMap().get(DeviceCookies.NAME);
        java.util.Optional<String> device = accounts.devices().device(account,
                cookie instanceof jakarta.servlet.http.Cookie known ? known.getValue() : null);
        var refused = accounts.throttle().refusedFor(account, address, device);
        if (refused.isPresent()) {
            long minutes = Math.max(1, (refused.get().toSeconds() + 59) / 60);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    java.text.MessageFormat.format(messages.getString("login.throttled"), minutes), null));
            return;
        }
        AuthenticationStatus status = signIn(securityContext, request, response, username, password);
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            accounts.throttle().succeeded(account, address, device);
            var remembered = new jakarta.servlet.http.Cookie(DeviceCookies.NAME, accounts.devices().issue(account));
            remembered.setHttpOnly(true);
            remembered.setSecure(request.isSecure());
            remembered.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            remembered.setMaxAge(DeviceCookies.MAX_AGE_SECONDS);
            response.addCookie(remembered);
        } else {
            accounts.throttle().failed(account, address, device);
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                faces.responseComplete();
                if (!response.isCommitted()) {
                    boolean temporary = accounts.find(account).map(found -> found.mustChangePassword()).orElse(false);
                    external.redirect(external.getRequestContextPath() + (temporary ? AccountStatusFilter.PASSWORD_PAGE : "/"));
                }
            }
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.getString(
                    disabledWithThisPassword(account) ? "login.disabled" : "login.failed"), null));
        }
    }

    /** Whether the account is disabled and the password given is its own: only then is the owner told why. */
    private boolean disabledWithThisPassword(String account) {
        return accounts.find(account).filter(found -> found.disabled()).isPresent() && accounts.verify(account, password).isPresent();
    }

    /** Authenticates through Jakarta Security and renews the session id on success. */
    static AuthenticationStatus signIn(SecurityContext securityContext, HttpServletRequest request, HttpServletResponse response,
                                       String username, String password) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(normalized(username),
                        password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            request.changeSessionId();
        }
        return status;
    }

    private static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
