package org.xcbir.retrieval.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xcbir.archive.Archive;
import org.xcbir.descriptor.ModelNotReadyException;
import org.xcbir.descriptor.image.InvalidImageException;
import org.xcbir.retrieval.SimilarImages;
import org.xcbir.retrieval.VectorIndex.Neighbour;

/** Query by example: pick an archive image (or a random one) and see the nearest images of the archive. */
@Named
@ViewScoped
public class SimilarImagesBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    private SimilarImages similarImages;

    private Long archiveId;
    private Long queryImageId;
    private transient List<Neighbour> results = List.of();

    public List<Archive> getArchives() {
        return similarImages.searchableArchives();
    }

    public void randomQuery() {
        if (archiveId == null) {
            message(FacesMessage.SEVERITY_WARN, "Choose an archive first.");
            return;
        }
        queryImageId = similarImages.randomImageId(archiveId);
        search();
    }

    public void searchFrom(long imageId) {
        queryImageId = imageId;
        search();
    }

    private void search() {
        try {
            results = similarImages.nearestTo(queryImageId, PAGE);
        } catch (InvalidImageException | IllegalArgumentException | ModelNotReadyException e) {
            results = List.of();
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        } catch (EJBException e) {
            results = List.of();
            message(FacesMessage.SEVERITY_ERROR, "The search did not work: is Elasticsearch running? Try again.");
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<Neighbour> getResults() {
        return results == null ? List.of() : results;
    }

    public Long getArchiveId() {
        return archiveId;
    }

    public void setArchiveId(Long archiveId) {
        this.archiveId = archiveId;
    }

    public Long getQueryImageId() {
        return queryImageId;
    }
}
