package org.xcbir.study.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.xcbir.study.StudyService;

/**
 * Where a person belongs: accounts that take part in a study see My study instead of Search, and pages for free
 * searching send them to their study.
 */
@Named
@RequestScoped
public class NavigationBean {

    @Inject
    private StudyService studies;

    private Boolean inStudy;

    public boolean isInStudy() {
        if (inStudy == null) {
            String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            inStudy = user != null && studies.studyOf(user).isPresent();
        }
        return inStudy;
    }

    /** View action of the free-search pages. */
    public void sendStudyAccountsToTheirStudy() throws IOException {
        if (isInStudy()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/study.xhtml");
        }
    }
}
