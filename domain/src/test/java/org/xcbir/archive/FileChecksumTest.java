package org.xcbir.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileChecksumTest {

    @TempDir
    Path folder;

    @Test
    void isTheSha256OfTheBytes() throws IOException {
        // FIPS 180-2's test vector for "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                FileChecksum.sha256(Files.writeString(folder.resolve("abc.txt"), "abc")));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                FileChecksum.sha256(Files.write(folder.resolve("empty"), new byte[0])));
    }

    @Test
    void aMissingFileSaysSo() {
        assertThrows(NoSuchFileException.class, () -> FileChecksum.sha256(folder.resolve("gone.jpg")));
    }
}
