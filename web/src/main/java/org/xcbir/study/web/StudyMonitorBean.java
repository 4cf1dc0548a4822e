package org.xcbir.study.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.xcbir.admin.web.PageMessages;
import org.xcbir.study.StudyMonitoring;
import org.xcbir.study.StudyMonitoring.EventRow;
import org.xcbir.study.StudyMonitoring.Overview;
import org.xcbir.study.StudyMonitoring.ParticipantRow;
import org.xcbir.study.StudyService;
import org.xcbir.study.StudyService.InvitationView;
import org.xcbir.study.StudyService.StudyView;
import org.xcbir.study.UnknownStudyException;

/**
 * One study's monitor ({@code study.xhtml?id=N}): state with Open and Close, counters and servings refreshed by a
 * poll, the participants with their event logs, invitations, and the links to export and to join. What is shown
 * is read once per refresh, not once per expression.
 */
@Named
@ViewScoped
public class StudyMonitorBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final int DEFAULT_INVITATIONS = 10;

    @Inject
    private StudyService studyService;

    @Inject
    private StudyMonitoring monitoring;

    private Long id;
    private int invitationCount = DEFAULT_INVITATIONS;
    private String eventsOf;
    private List<EventRow> events = List.of();
    private transient StudyView study;
    private transient Overview overview;
    private transient List<ParticipantRow> participants;
    private transient List<InvitationView> invitations;

    /** On arrival: an unknown or missing id is answered "not found" like any other address. */
    public void load() throws IOException {
        try {
            study = id == null ? null : studyService.get(id);
        } catch (UnknownStudyException e) {
            study = null;
        }
        if (study == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "There is no study " + id + ".");
            faces.responseComplete();
        }
    }

    /** The poll's listener: the next rendering reads everything afresh. */
    public void refresh() {
        study = null;
        overview = null;
        participants = null;
        invitations = null;
    }

    public void open() {
        PageMessages.act(() -> "Study '" + studyService.open(id).name() + "' is open to participants.");
        refresh();
    }

    public void close() {
        PageMessages.act(() -> "Study '" + studyService.close(id).name() + "' is closed.");
        refresh();
    }

    public void invite() {
        PageMessages.act(() -> "Created " + studyService.invite(id, invitationCount).size() + " invitation codes.");
        invitations = null;
    }

    public void showEvents(String username) {
        try {
            events = monitoring.events(id, username);
            eventsOf = username;
        } catch (IllegalArgumentException e) {
            PageMessages.error(e.getMessage());
        }
    }

    public StudyView getStudy() {
        if (study == null) {
            study = studyService.get(id);
        }
        return study;
    }

    public Overview getOverview() {
        if (overview == null) {
            overview = monitoring.overview(id);
        }
        return overview;
    }

    public List<ParticipantRow> getParticipants() {
        if (participants == null) {
            participants = monitoring.participants(id);
        }
        return participants;
    }

    public List<InvitationView> getInvitations() {
        if (invitations == null) {
            invitations = studyService.invitations(id);
        }
        return invitations;
    }

    /** The address to hand to participants, absolute so it can be copied into an invitation. */
    public String getJoinUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        int port = external.getRequestServerPort();
        boolean defaultPort = port == 80 && "http".equals(external.getRequestScheme())
                || port == 443 && "https".equals(external.getRequestScheme());
        return external.getRequestScheme() + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + external.getRequestContextPath() + "/join.xhtml?study=" + id;
    }

    /** Server times in UTC to the second; empty for a moment that has not come yet. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at) + " UTC";
    }

    /** Seconds as m:ss; a dash while there is nothing to measure. */
    public String duration(Double seconds) {
        if (seconds == null) {
            return "–";
        }
        long rounded = Math.round(seconds);
        return String.format("%d:%02d", rounded / 60, rounded % 60);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getInvitationCount() {
        return invitationCount;
    }

    public void setInvitationCount(int invitationCount) {
        this.invitationCount = invitationCount;
    }

    public String getEventsOf() {
        return eventsOf;
    }

    public List<EventRow> getEvents() {
        return events;
    }
}
