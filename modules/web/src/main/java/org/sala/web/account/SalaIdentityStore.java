package org.sala.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;

/** Checks usernames and passwords against Sala's accounts; the account's roles become the caller's groups. */
@ApplicationScoped
public class SalaIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.verify(credential.getCaller(), credential.getPasswordAsString())
                .map(account -> new CredentialValidationResult(account.username(), new HashSet<>(AccountService.roleNames(account))))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
