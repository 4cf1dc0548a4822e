package org.xcbir.archive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xcbir.admin.web.PageMessages;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveClass;
import org.xcbir.archive.ArchiveService;
import org.xcbir.archive.SkippedImage;
import org.xcbir.archive.demo.DemoArchiveSettings;

/** The archives page: list with live indexing progress, registration, demo generation, start/stop. */
@Named
@ViewScoped
public class ArchivesBean implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final DemoArchiveSettings DEMO_DEFAULTS = DemoArchiveSettings.defaults(1, 1);

    @Inject
    private ArchiveService archives;

    private String name;
    private String imageFolder;
    private String instancesFiles;
    private String demoName = "demo";
    private int demoImages = 200;
    private long demoSeed = 1;
    private double demoObjectsMean = DEMO_DEFAULTS.objectsPerScene().mean();
    private int demoObjectsMax = DEMO_DEFAULTS.objectsPerScene().max();
    private double demoSizeScale = DEMO_DEFAULTS.objectSizes().scale();
    private double demoSizeSpread = DEMO_DEFAULTS.objectSizes().spread();
    private String demoBackgrounds;
    private Long selectedId;

    public List<Archive> getArchives() {
        return archives.list();
    }

    public void register() {
        PageMessages.act(() -> {
            Archive archive = archives.register(name, imageFolder, instancesFiles);
            archives.startIndexing(archive.getId());
            return "Registered '" + archive.getName() + "'; indexing has started.";
        });
    }

    public void generateDemo() {
        PageMessages.act(() -> {
            Map<String, String> options = new HashMap<>(Map.of("images", Integer.toString(demoImages),
                    "seed", Long.toString(demoSeed), "objects-mean", Double.toString(demoObjectsMean),
                    "objects-max", Integer.toString(demoObjectsMax), "size-scale", Double.toString(demoSizeScale),
                    "size-spread", Double.toString(demoSizeSpread)));
            options.put("backgrounds", demoBackgrounds);
            long execution = archives.generateDemo(demoName, DemoArchiveSettings.fromOptions(options));
            return "Generating demo archive '" + demoName + "' (batch job " + execution
                    + "); it appears here when its images are rendered, then indexes.";
        });
    }

    public void start(long archiveId) {
        PageMessages.act(() -> "Indexing job " + archives.startIndexing(archiveId) + " started.");
    }

    public void stop(long archiveId) {
        PageMessages.act(() -> {
            archives.stopIndexing(archiveId);
            return "Stopping after the current chunk; Index continues from there later.";
        });
    }

    public void select(long archiveId) {
        selectedId = archiveId;
    }

    public Archive getSelected() {
        return selectedId == null ? null : archives.get(selectedId);
    }

    public List<ArchiveClass> getSelectedClasses() {
        return selectedId == null ? List.of() : archives.classes(selectedId);
    }

    public List<SkippedImage> getSelectedSkipped() {
        return selectedId == null ? List.of() : archives.skipped(selectedId);
    }

    /** Speed and time left while indexing; empty otherwise. */
    public String speed(Archive archive) {
        return archive.getIndexState() == Archive.IndexState.INDEXING
                ? archive.progressAt(java.time.Instant.now()).describe() : "";
    }

    public String jobStatus(long archiveId) {
        return archives.jobStatus(archiveId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getImageFolder() {
        return imageFolder;
    }

    public void setImageFolder(String imageFolder) {
        this.imageFolder = imageFolder;
    }

    public String getInstancesFiles() {
        return instancesFiles;
    }

    public void setInstancesFiles(String instancesFiles) {
        this.instancesFiles = instancesFiles;
    }

    public String getDemoName() {
        return demoName;
    }

    public void setDemoName(String demoName) {
        this.demoName = demoName;
    }

    public int getDemoImages() {
        return demoImages;
    }

    public void setDemoImages(int demoImages) {
        this.demoImages = demoImages;
    }

    public long getDemoSeed() {
        return demoSeed;
    }

    public void setDemoSeed(long demoSeed) {
        this.demoSeed = demoSeed;
    }
    public double getDemoObjectsMean() {
        return demoObjectsMean;
    }

    public void setDemoObjectsMean(double demoObjectsMean) {
        this.demoObjectsMean = demoObjectsMean;
    }

    public int getDemoObjectsMax() {
        return demoObjectsMax;
    }

    public void setDemoObjectsMax(int demoObjectsMax) {
        this.demoObjectsMax = demoObjectsMax;
    }

    public double getDemoSizeScale() {
        return demoSizeScale;
    }

    public void setDemoSizeScale(double demoSizeScale) {
        this.demoSizeScale = demoSizeScale;
    }

    public double getDemoSizeSpread() {
        return demoSizeSpread;
    }

    public void setDemoSizeSpread(double demoSizeSpread) {
        this.demoSizeSpread = demoSizeSpread;
    }

    public String getDemoBackgrounds() {
        return demoBackgrounds;
    }

    public void setDemoBackgrounds(String demoBackgrounds) {
        this.demoBackgrounds = demoBackgrounds;
    }
}
