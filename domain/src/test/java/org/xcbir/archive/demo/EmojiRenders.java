package org.xcbir.archive.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** The real emoji renders, fetched by bin/fetch-emoji.sh during the Maven build; shared by all tests. */
final class EmojiRenders {

    private static ObjectSpriteLibrary library;

    private EmojiRenders() {
    }

    static Path assets() {
        String folder = System.getProperty("xcbir.emoji.assets");
        if (folder == null || !Files.isDirectory(Path.of(folder))) {
            fail("emoji renders not found (system property xcbir.emoji.assets=" + folder
                    + "); run the tests through Maven, which calls bin/fetch-emoji.sh");
        }
        return Path.of(folder);
    }

    static synchronized ObjectSpriteLibrary library() {
        if (library == null) {
            library = new ObjectSpriteLibrary(assets());
        }
        return library;
    }

    static DemoArchiveGenerator generator(DemoArchiveSettings settings) {
        return new DemoArchiveGenerator(settings, CocoEmojiMapping.load(), library());
    }
}
