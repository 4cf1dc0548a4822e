package org.xcbir.study;

import java.security.SecureRandom;

/**
 * Unguessable completion codes (a guessable code would let workers claim payment without doing
 * the HIT). 10 characters from an alphabet without look-alikes (0/O, 1/I/L), ≈ 49 bits.
 */
public final class RandomCompletionCodes implements CompletionCodeSource {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
