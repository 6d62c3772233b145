package org.sala.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sala.persistence.account.Account;
import org.sala.persistence.account.Role;

/**
 * Every request of a signed-in user checks their account ({@link AccountService#status}, read at most every
 * few seconds): a disabled or removed account, or one that lost a role its session still holds, is signed out
 * (the session ends) and sent to sign in again; an account with a temporary password reaches only the page
 * that changes it (and sign-out and the page's files) until it has. Script requests get 401 or 403 as JSON
 * instead of a redirect.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class AccountStatusFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccountStatusFilter.class.getName());

    /** Where an account with a temporary password is sent. */
    static final String PASSWORD_PAGE = "/password.xhtml";

    @Inject
    transient AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String user = request.getRemoteUser();
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account;
        try {
            account = accounts.status(user);
        } catch (RuntimeException databaseAway) {
            // The pages need the database too and will say it is away; the next request checks again.
            LOG.log(Level.FINE, "account status of " + user + " unknown", databaseAway);
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (account.isEmpty() || account.get().disabled() || lostRole(request, account.get())) {
            HttpSession session = request.getSession(false);
            request.logout();
            if (session != null) {
                session.invalidate();
            }
            if (path.startsWith("/answers")) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "{\"saved\":false,\"error\":\"signed out\"}");
            } else {
                response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
            }
            return;
        }
        if (account.get().mustChangePassword() && !allowedWithTemporaryPassword(path)) {
            if (path.startsWith("/answers")) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "{\"saved\":false,\"error\":\"change your password first\"}");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the session holds a role the account no longer has (a role granted counts from the next sign-in). */
    static boolean lostRole(HttpServletRequest request, Account account) {
        for (Role role : Role.values()) {
            if (!account.has(role) && request.isUserInRole(role.roleName())) {
                return true;
            }
        }
        return false;
    }

    static boolean allowedWithTemporaryPassword(String path) {
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/webjars/") || path.equals("/health") || path.equals("/error.xhtml");
    }

    private static void refuse(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json);
    }
}
