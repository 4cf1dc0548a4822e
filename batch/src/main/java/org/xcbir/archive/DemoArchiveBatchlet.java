package org.xcbir.archive;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
    @BatchProperty(name = "objects-mean")
    String objectsMean;

    @Inject
    @BatchProperty(name = "objects-max")
    String objectsMax;

    @Inject
    @BatchProperty(name = "size-scale")
    String sizeScale;

    @Inject
    @BatchProperty(name = "size-spread")
    String sizeSpread;

    @Inject
    @BatchProperty
    String backgrounds;

    @Inject
    @ConfigProperty(name = "xcbir.data.dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "xcbir.emoji.dir")
    Optional<String> emojiDir;

    private volatile boolean stopRequested;

    @Override
    public String process() throws Exception {
        String archiveName = ArchiveName.canonical(name);
        Path renders = Path.of(emojiDir.orElse(System.getProperty("user.home") + "/.cache/xcbir/emoji"), "assets");
        Path folder = Path.of(dataDir.orElse(System.getProperty("com.sun.aas.instanceRoot") + "/xcbir-data"),
                "archives", archiveName);
        Map<String, String> options = new HashMap<>();
        options.put("images", images);
        options.put("seed", seed);
        options.put("objects-mean", objectsMean);
        options.put("objects-max", objectsMax);
        options.put("size-scale", sizeScale);
        options.put("size-spread", sizeSpread);
        options.put("backgrounds", backgrounds);
        DemoArchiveSettings settings = DemoArchiveSettings.fromOptions(options);
        int count = settings.imageCount();
        DemoArchiveGenerator generator = new DemoArchiveGenerator(settings, CocoEmojiMapping.load(),
                new ObjectSpriteLibrary(renders));
        int every = Math.max(1, count / 20);
        Optional<Path> written = new DemoArchiveWriter(generator).write(folder, (done, total) -> {
            if (done % every == 0 || done == total) {
                LOG.info(() -> "Demo archive " + archiveName + ": " + done + "/" + total + " images rendered");
            }
        }, () -> stopRequested);
        if (written.isEmpty()) {
            LOG.info(() -> "Demo archive " + archiveName + ": stopped; generating it again with the same name and"
                    + " settings continues after the last image rendered");
            return "stopped"; // the step ends STOPPED
        }
        ArchiveRegistry registry = InitialContext.doLookup(REGISTRY);
        long archiveId = registry.registerAndIndex(archiveName, folder.toString(), DemoArchiveWriter.INSTANCES_FILE);
        return "archive " + archiveId;
    }

    /** Called on a stop request (also when the server stops): ends the job after the scene being rendered. */
    @Override
    public void stop() {
        stopRequested = true;
    }
}
