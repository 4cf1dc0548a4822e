package org.xcbir.study.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xcbir.admin.web.PageMessages;
import org.xcbir.archive.Archive;
import org.xcbir.retrieval.SearchableArchives;
import org.xcbir.study.PaperStatements;
import org.xcbir.study.ProposedClass;
import org.xcbir.study.StatementText;
import org.xcbir.study.Study;
import org.xcbir.study.StudyDesign;
import org.xcbir.study.StudyService;
import org.xcbir.study.StudyService.Definition;
import org.xcbir.study.StudyService.PoolEntry;
import org.xcbir.study.StudyService.PoolProposal;
import org.xcbir.study.StudyService.StudyView;

/**
 * The Studies page: the list of studies with Open and Close, and the form that defines a new study around a query
 * pool proposed from the archive's ground truth, which the researcher may thin out before creating the study.
 */
@Named
@ViewScoped
public class StudiesBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_POOL_CLASSES = 8;
    private static final int DEFAULT_IMAGES_PER_CLASS = 2;

    @Inject
    private StudyService studyService;

    @Inject
    private SearchableArchives searchableArchives;

    /** A pool entry with the quartiles its class was balanced by; kept in the view, hence serialisable. */
    public record ProposedQuery(long imageId, String targetClass, int confuserQuartile, int areaQuartile)
            implements Serializable {}

    private String name;
    private Long archiveId;
    private Study.Enrolment enrolment = Study.Enrolment.SELF_REGISTRATION;
    private int targetCount = StudyDesign.DEFAULT_TARGET_COUNT;
    private Integer timeLimitMinutes;
    private int minimumServings = StudyDesign.DEFAULT_MINIMUM_SERVINGS_PER_PAIR;
    private Long seed;
    private String tutorial;
    private String tutorialImages;
    /** The questionnaire as text (see StatementText), the paper's until the researcher edits it. */
    private String statements = StatementText.format(PaperStatements.all());
    private int poolClasses = DEFAULT_POOL_CLASSES;
    private int imagesPerClass = DEFAULT_IMAGES_PER_CLASS;
    private List<ProposedQuery> pool = new ArrayList<>();
    private boolean poolBalanced;
    private transient List<StudyView> studies;

    public List<StudyView> getStudies() {
        if (studies == null) {
            studies = studyService.list();
        }
        return studies;
    }

    public List<Archive> getArchives() {
        return searchableArchives.indexed();
    }

    public Study.Enrolment[] getEnrolments() {
        return Study.Enrolment.values();
    }

    public void open(long studyId) {
        PageMessages.act(() -> "Study '" + studyService.open(studyId).name() + "' is open to participants.");
        studies = null;
    }

    public void close(long studyId) {
        PageMessages.act(() -> "Study '" + studyService.close(studyId).name() + "' is closed.");
        studies = null;
    }

    /**
     * Proposes a pool of {@code poolClasses} × {@code imagesPerClass} images. Without a study seed every proposal
     * draws afresh, so proposing again offers other classes.
     */
    public void proposePool() {
        if (archiveId == null) {
            PageMessages.error("Choose an archive first.");
            return;
        }
        PageMessages.act(() -> {
            PoolProposal proposal = studyService.proposePool(archiveId, poolClasses, imagesPerClass, targetCount,
                    seed == null ? ThreadLocalRandom.current().nextLong() : seed);
            Map<String, ProposedClass> classes = proposal.classes().stream()
                    .collect(Collectors.toMap(ProposedClass::className, Function.identity()));
            pool = proposal.pool().stream().map(entry -> {
                ProposedClass target = classes.get(entry.targetClass());
                return new ProposedQuery(entry.imageId(), entry.targetClass(), target.confuserQuartile(),
                        target.areaQuartile());
            }).collect(Collectors.toCollection(ArrayList::new));
            poolBalanced = proposal.marginalsBalanced();
            return "Proposed " + pool.size() + " query images of " + classes.size() + " classes"
                    + (poolBalanced ? "." : "; the archive's classes allow no even spread over the quartiles, so the"
                    + " least represented quartiles were filled up.");
        });
    }

    public void removeFromPool(long imageId) {
        pool.removeIf(query -> query.imageId() == imageId);
    }

    /** A pool proposed for one archive does not fit another. */
    public void archiveChanged() {
        pool = new ArrayList<>();
    }

    public void create() {
        if (archiveId == null) {
            PageMessages.error("Choose an archive first.");
            return;
        }
        List<Long> tutorialImageIds = new ArrayList<>();
        for (String id : tutorialImages == null ? new String[0] : tutorialImages.trim().split("[\\s,]+")) {
            if (id.isEmpty()) {
                continue;
            }
            try {
                tutorialImageIds.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                PageMessages.error("Tutorial images are archive image ids separated by spaces; '" + id + "' is not.");
                return;
            }
        }
        Definition definition = new Definition(name, archiveId, enrolment, targetCount,
                timeLimitMinutes == null ? null : timeLimitMinutes * 60, minimumServings, seed, tutorial,
                pool.stream().map(query -> new PoolEntry(query.imageId(), query.targetClass())).toList(), statements,
                tutorialImageIds);
        PageMessages.act(() -> {
            StudyView created = studyService.create(
                    FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(), definition);
            name = null;
            pool = new ArrayList<>();
            return "Created study '" + created.name() + "' with " + created.taskPairs() + " task pairs; open it when"
                    + " it is ready for participants.";
        });
        studies = null;
    }

    public String getTutorialImages() {
        return tutorialImages;
    }

    public void setTutorialImages(String tutorialImages) {
        this.tutorialImages = tutorialImages;
    }

    public String getStatements() {
        return statements;
    }

    public void setStatements(String statements) {
        this.statements = statements;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getArchiveId() {
        return archiveId;
    }

    public void setArchiveId(Long archiveId) {
        this.archiveId = archiveId;
    }

    public Study.Enrolment getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Study.Enrolment enrolment) {
        this.enrolment = enrolment;
    }

    public int getTargetCount() {
        return targetCount;
    }

    public void setTargetCount(int targetCount) {
        this.targetCount = targetCount;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(Integer timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public int getMinimumServings() {
        return minimumServings;
    }

    public void setMinimumServings(int minimumServings) {
        this.minimumServings = minimumServings;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public String getTutorial() {
        return tutorial;
    }

    public void setTutorial(String tutorial) {
        this.tutorial = tutorial;
    }

    public int getPoolClasses() {
        return poolClasses;
    }

    public void setPoolClasses(int poolClasses) {
        this.poolClasses = poolClasses;
    }

    public int getImagesPerClass() {
        return imagesPerClass;
    }

    public void setImagesPerClass(int imagesPerClass) {
        this.imagesPerClass = imagesPerClass;
    }

    public List<ProposedQuery> getPool() {
        return pool;
    }

    public boolean isPoolBalanced() {
        return poolBalanced;
    }
}
