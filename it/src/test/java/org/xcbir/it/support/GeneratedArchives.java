package org.xcbir.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.xcbir.archive.demo.CocoEmojiMapping;
import org.xcbir.archive.demo.DemoArchiveGenerator;
import org.xcbir.archive.demo.DemoArchiveSettings;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.archive.demo.ObjectSpriteLibrary;

/** In-container helpers: small generated COCO archives on the server's disk, and waiting for jobs. */
public final class GeneratedArchives {
    private GeneratedArchives() {
    }

    /** In the server: a demo archive of {@code images} scenes in a new temporary folder. */
    public static Path generate(String name, int images, long seed) throws Exception {
        return generate(name, images, seed, Path.of(ConfigProvider.getConfig().getValue("xcbir.emoji.dir", String.class)));
    }

    /** A demo archive (images/ + instances_demo.json) from the emoji renders in {@code emojiDir}/assets. */
    public static Path generate(String name, int images, long seed, Path emojiDir) throws Exception {
        Path renders = emojiDir.resolve("assets");
        Path folder = Files.createTempDirectory("xcbir-it-" + name);
        DemoArchiveGenerator generator = new DemoArchiveGenerator(DemoArchiveSettings.defaults(images, seed),
                CocoEmojiMapping.load(), new ObjectSpriteLibrary(renders));
        new DemoArchiveWriter(generator).write(folder, (done, total) -> { });
        return folder;
    }

    /** Generates a demo archive on the test side, registers it over the API and waits until it is indexed. */
    public static long registerIndexed(ApiClient admin, String name, int images, long seed) throws Exception {
        Path folder = generate(name, images, seed, Path.of(System.getProperty("it.emoji")));
        ApiClient.Answer created = admin.post("/archives", """
                {"name": "%s", "imageFolder": "%s", "instancesFiles": ["%s"]}
                """.formatted(name, folder, DemoArchiveWriter.INSTANCES_FILE));
        if (created.status() != 201) {
            throw new AssertionError("registering " + name + ": " + created.body());
        }
        long archiveId = created.json().get("id").asLong();
        await(() -> admin.get("/archives/" + archiveId).json().get("indexState").asText().equals("INDEXED"), 900);
        return archiveId;
    }

    public static void await(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s");
            }
            Thread.sleep(500);
        }
    }
}
