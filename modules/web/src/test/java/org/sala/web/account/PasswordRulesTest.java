package org.sala.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(PasswordRules.problems("sokha", "mekong river delta 1995")).isEmpty();
    }

    @Test
    void aShortPasswordIsRefusedWhateverItHolds() {
        assertThat(PasswordRules.problems("sokha", "X!9$kq2&")).containsExactly("password.tooShort");
    }

    @Test
    void commonPasswordsAreRefusedInAnyCase() {
        assertThat(PasswordRules.problems("sokha", "Password123")).contains("password.common");
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(PasswordRules.problems("sokha", "my name is Sokha Chan")).contains("password.containsUsername");
    }

    @Test
    void aRepeatedCharacterIsNoPassword() {
        assertThat(PasswordRules.problems("sokha", "aaaaaaaaaaaa")).contains("password.repetitive");
        assertThat(PasswordRules.problems("sokha", "abababababab")).contains("password.repetitive");
    }

    @Test
    void anOverlongPasswordIsRefused() {
        assertThat(PasswordRules.problems("sokha", "river ".repeat(40))).contains("password.tooLong");
    }
}
