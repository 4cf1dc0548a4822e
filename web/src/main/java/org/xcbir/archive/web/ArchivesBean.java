package org.xcbir.archive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xcbir.admin.web.PageMessages;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveClass;
import org.xcbir.archive.ArchiveService;
import org.xcbir.archive.SkippedImage;

/** The archives page: list with live indexing progress, registration, demo generation, start/stop. */
@Named
@ViewScoped
public class ArchivesBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ArchiveService archives;

    private String name;
    private String imageFolder;
    private String instancesFiles;
    private String demoName = "demo";
    private int demoImages = 200;
    private long demoSeed = 1;
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
            long execution = archives.generateDemo(demoName, demoImages, demoSeed);
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
}
