package org.sala.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import org.sala.web.Metrics;

/** Checks usernames and passwords against Sala's accounts (a disabled account never passes); the account's roles become the caller's groups. */
@ApplicationScoped
public class SalaIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    Metrics metrics;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        CredentialValidationResult result = accounts.verify(credential.getCaller(), credential.getPasswordAsString())
                .filter(account -> !account.disabled())
                .map(account -> new CredentialValidationResult(account.username(), new HashSet<>(AccountService.roleNames(account))))
                .orElse(CredentialValidationResult.INVALID_RESULT);
        metrics.signIn(result.getStatus() == CredentialValidationResult.Status.VALID);
        return result;
    }
}
