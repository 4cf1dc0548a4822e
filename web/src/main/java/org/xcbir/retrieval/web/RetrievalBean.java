package org.xcbir.retrieval.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;
import org.xcbir.admin.web.PageMessages;
import org.xcbir.archive.Archive;
import org.xcbir.descriptor.ModelNotReadyException;
import org.xcbir.descriptor.image.InvalidImageException;
import org.xcbir.retrieval.RetrievalSessions;
import org.xcbir.retrieval.RetrievalSessions.Result;
import org.xcbir.retrieval.RetrievalSessions.SessionExport;
import org.xcbir.retrieval.RetrievalSessions.SessionView;
import org.xcbir.retrieval.SearchableArchives;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.study.FlowTransitionRejected;
import org.xcbir.study.StudyService;

/**
 * The Search page (the paper's Fig. 3): a query, pages of ranked results to mark relevant or not, Refine, the
 * positives and negatives so far. Every click goes straight to the server-side session, so nothing is lost when
 * the page is closed; the session list reopens any of the person's sessions.
 */
@Named
@ViewScoped
public class RetrievalBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    private RetrievalSessions sessions;

    @Inject
    private SearchableArchives searchableArchives;

    @Inject
    private StudyService studies;

    private Long archiveId;
    private Long sessionId;
    private SessionView session;
    private List<Result> results = new ArrayList<>();
    private int total;
    private boolean showMaps;
    /** Shown only while this page lives: an uploaded query is described, not stored. */
    private String uploadedQueryDataUri;
    private String sessionName;

    public List<Archive> getArchives() {
        return searchableArchives.indexed();
    }

    public List<SessionView> getMySessions() {
        return sessions.list(owner());
    }

    /** Opens a participant's task session; whether maps show is the task's condition, not the person's choice. */
    public void openTask(long taskSessionId, boolean withMaps) {
        showMaps = withMaps;
        if (sessionId == null || sessionId != taskSessionId) {
            open(taskSessionId);
        }
    }

    public void randomQuery() {
        if (refusedToStudyAccount()) {
            return;
        }
        if (archiveId == null) {
            PageMessages.warn("Choose an archive first.");
            return;
        }
        act(() -> {
            long imageId = searchableArchives.randomImageId(archiveId);
            return sessions.startFromArchiveImage(owner(), "Image " + imageId + " · " + now(), imageId);
        }, true);
    }

    public void searchFrom(long imageId) {
        if (refusedToStudyAccount()) {
            return;
        }
        act(() -> sessions.startFromArchiveImage(owner(), "Image " + imageId + " · " + now(), imageId), true);
    }

    public void upload(FileUploadEvent event) {
        if (refusedToStudyAccount()) {
            return;
        }
        if (archiveId == null) {
            PageMessages.warn("Choose an archive first, then upload the query image.");
            return;
        }
        byte[] image = event.getFile().getContent();
        String fileName = event.getFile().getFileName();
        act(() -> {
            try {
                SessionView started = sessions.startFromUpload(owner(), fileName + " · " + now(), archiveId, image, fileName);
                uploadedQueryDataUri = "data:" + event.getFile().getContentType() + ";base64,"
                        + Base64.getEncoder().encodeToString(image);
                return started;
            } catch (InvalidImageException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }, true);
    }

    public void open(long id) {
        uploadedQueryDataUri = null;
        act(() -> sessions.get(owner(), id), true);
    }

    public void delete(long id) {
        act(() -> {
            sessions.delete(owner(), id);
            return null;
        }, false);
        if (sessionId != null && sessionId == id) {
            sessionId = null;
            session = null;
            results = new ArrayList<>();
        }
    }

    /** Recreates a session exported earlier (My sessions → Import) and opens it. */
    public void importSession(FileUploadEvent event) {
        if (refusedToStudyAccount()) {
            return;
        }
        act(() -> {
            SessionExport export;
            try (Jsonb json = JsonbBuilder.create()) {
                export = json.fromJson(new String(event.getFile().getContent(), StandardCharsets.UTF_8), SessionExport.class);
            } catch (JsonbException e) {
                throw new IllegalArgumentException("This file is not a session exported by xcbir.");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            uploadedQueryDataUri = null;
            return sessions.importSession(owner(), export);
        }, true);
    }

    public void rename() {
        act(() -> sessions.rename(owner(), sessionId, sessionName), false);
    }

    public String getSessionName() {
        return session == null ? null : session.name();
    }

    public void setSessionName(String sessionName) {
        this.sessionName = sessionName;
    }

    public void mark(long imageId, String relevance) {
        Relevance value = Relevance.valueOf(relevance);
        act(() -> {
            SessionView marked = sessions.mark(owner(), sessionId, imageId, value);
            results.replaceAll(r -> r.imageId() == imageId ? new Result(r.rank(), r.imageId(), r.score(), value) : r);
            return marked;
        }, false);
    }

    public void undo() {
        act(() -> sessions.undo(owner(), sessionId), false);
        // the undone image's tile shows its relevance from before
        results.replaceAll(r -> new Result(r.rank(), r.imageId(), r.score(), relevanceOf(r.imageId())));
    }

    /** Study participants search within their tasks only; tells them so instead of starting a search. */
    private boolean refusedToStudyAccount() {
        return studies.studyOf(owner()).map(study -> {
            PageMessages.error(StudyService.freeSearchRefused(study));
            return true;
        }).orElse(false);
    }

    private Relevance relevanceOf(long imageId) {
        if (getPositives().contains(imageId)) {
            return Relevance.POSITIVE;
        }
        return getNegatives().contains(imageId) ? Relevance.NEGATIVE : Relevance.NEUTRAL;
    }

    public void refine() {
        act(() -> {
            var page = sessions.refine(owner(), sessionId, Math.max(PAGE, results.size()));
            results = new ArrayList<>(page.results());
            total = page.total();
            return sessions.get(owner(), sessionId);
        }, false);
    }

    public void showMore() {
        act(() -> {
            var page = sessions.results(owner(), sessionId, results.size(), PAGE);
            results.addAll(page.results());
            total = page.total();
            return session;
        }, false);
    }

    /** Runs a change and shows the session it returns; {@code reload} fetches the first page of results again. */
    private void act(Supplier<SessionView> change, boolean reload) {
        try {
            SessionView changed = change.get();
            if (changed != null) {
                session = changed;
                sessionId = changed.id();
                archiveId = changed.archiveId();
                if (reload) {
                    var page = sessions.results(owner(), sessionId, 0, Math.max(PAGE, results.size()));
                    results = new ArrayList<>(page.results());
                    total = page.total();
                }
            }
        } catch (IllegalArgumentException | ModelNotReadyException | FlowTransitionRejected e) {
            PageMessages.error(e.getMessage());
        } catch (EJBException e) {
            PageMessages.error("That did not work and nothing was changed; is Elasticsearch running? Try again.");
        }
    }

    public boolean isHasMore() {
        return results.size() < total;
    }

    public List<Long> getPositives() {
        return session == null ? List.of() : session.positives();
    }

    public List<Long> getNegatives() {
        return session == null ? List.of() : session.negatives();
    }

    private static String owner() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private static String now() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }



    public Long getArchiveId() {
        return archiveId;
    }

    public void setArchiveId(Long archiveId) {
        this.archiveId = archiveId;
    }

    public SessionView getSession() {
        return session;
    }

    public List<Result> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }

    /** The with-explanations view: each result shows its saliency map (filled in by xcbir/saliency.js). */
    public boolean isShowMaps() {
        return showMaps;
    }

    public void setShowMaps(boolean showMaps) {
        this.showMaps = showMaps;
    }

    public String getUploadedQueryDataUri() {
        return uploadedQueryDataUri;
    }
}
