package org.xcbir.archive;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xcbir.archive.demo.CocoEmojiMapping;
import org.xcbir.archive.demo.DemoArchiveGenerator;
import org.xcbir.archive.demo.DemoArchiveSettings;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.archive.demo.ObjectSpriteLibrary;

/** Renders the demo scenes (progress in the server log), then hands the archive to the indexing job. */
@Named
@Dependent
public class DemoArchiveBatchlet extends AbstractBatchlet {
    private static final Logger LOG = Logger.getLogger(DemoArchiveBatchlet.class.getName());
    private static final String REGISTRY = "java:app/xcbir-ejb/ArchiveService!" + ArchiveRegistry.class.getName();

    @Inject
    @BatchProperty
    String name;

    @Inject
    @BatchProperty
    String images;

    @Inject
    @BatchProperty
    String seed;

    @Inject
    @ConfigProperty(name = "xcbir.data.dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "xcbir.emoji.dir")
    Optional<String> emojiDir;

    @Override
    public String process() throws Exception {
        String archiveName = ArchiveName.canonical(name);
        Path renders = Path.of(emojiDir.orElse(System.getProperty("user.home") + "/.cache/xcbir/emoji"), "assets");
        Path folder = Path.of(dataDir.orElse(System.getProperty("com.sun.aas.instanceRoot") + "/xcbir-data"),
                "archives", archiveName);
        int count = Integer.parseInt(images);
        DemoArchiveGenerator generator = new DemoArchiveGenerator(
                DemoArchiveSettings.defaults(count, Long.parseLong(seed)), CocoEmojiMapping.load(),
                new ObjectSpriteLibrary(renders));
        int every = Math.max(1, count / 20);
        new DemoArchiveWriter(generator).write(folder, (done, total) -> {
            if (done % every == 0 || done == total) {
                LOG.info(() -> "Demo archive " + archiveName + ": " + done + "/" + total + " images rendered");
            }
        });
        ArchiveRegistry registry = InitialContext.doLookup(REGISTRY);
        long archiveId = registry.registerAndIndex(archiveName, folder.toString(), DemoArchiveWriter.INSTANCES_FILE);
        return "archive " + archiveId;
    }
}
