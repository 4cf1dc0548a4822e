package org.xcbir.study.web;


import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import org.xcbir.admin.web.LoginBean;
import org.xcbir.admin.web.PageMessages;
import org.xcbir.study.Study;
import org.xcbir.study.StudyService;
import org.xcbir.study.StudyService.StudyView;

/**
 * The public page a study's link opens ({@code join.xhtml?study=N}): a person picks a user name and password (and
 * types their invitation code, for invitation-only studies), gets their HIT and is logged in on the spot.
 */
@Named
@ViewScoped
public class JoinBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private StudyService studies;

    @Inject
    private SecurityContext security;

    private Long studyId;
    private StudyView study;
    private String username;
    private String password;
    private String passwordAgain;
    private String invitation;

    public void load() {
        if (studyId == null) {
            return;
        }
        try {
            study = studies.get(studyId);
        } catch (IllegalArgumentException e) {
            study = null;
        }
    }

    public void join() throws IOException {
        if (password == null || !password.equals(passwordAgain)) {
            PageMessages.error("The two passwords differ; type the same password twice.");
            return;
        }
        try {
            studies.join(studyId, username, password.toCharArray(), invitation);
        } catch (IllegalArgumentException e) {
            PageMessages.error(e.getMessage());
            return;
        } catch (EJBException e) {
            PageMessages.error("Joining did not go through and nothing was stored; try again in a moment.");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = LoginBean.authenticate(security, external, username, password);
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/study.xhtml");
        } else {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        }
    }

    /** Only what a stranger needs to see: the name and whether it takes people now. */
    public boolean isOpen() {
        return study != null && study.state() == Study.State.OPEN;
    }

    public boolean isByInvitation() {
        return study != null && study.enrolment() == Study.Enrolment.INVITATION;
    }

    public String getStudyName() {
        return study == null ? null : study.name();
    }


    public Long getStudyId() {
        return studyId;
    }

    public void setStudyId(Long studyId) {
        this.studyId = studyId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public String getInvitation() {
        return invitation;
    }

    public void setInvitation(String invitation) {
        this.invitation = invitation;
    }
}
