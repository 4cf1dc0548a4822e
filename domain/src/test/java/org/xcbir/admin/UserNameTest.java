package org.xcbir.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserNameTest {

    @Test
    void canonicalFormIsTrimmedAndLowerCase() {
        assertEquals("alice.b", UserName.canonical("  Alice.B "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "-alice", "al ice", "alice/..", "ãlice", "x1234567890123456789012345678901234567890"})
    void rejectsNamesThatAreNotSafe(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UserName.canonical(raw));
        assertEquals(true, e.getMessage().length() > 10, "the message tells the person what to do");
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> UserName.canonical(null));
    }

    @Test
    void rolesRoundTripThroughTheirSecurityNames() {
        for (Role role : Role.values()) {
            assertEquals(role, Role.fromRoleName(role.roleName()));
        }
        assertEquals("participant", Role.PARTICIPANT.roleName());
    }

    @Test
    void passwordRuleRejectsShortPasswords() {
        assertThrows(IllegalArgumentException.class, () -> PasswordRule.check("short".toCharArray()));
        PasswordRule.check("long-enough-password".toCharArray());
    }
}
