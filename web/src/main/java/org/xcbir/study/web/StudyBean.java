package org.xcbir.study.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.xcbir.admin.web.PageMessages;
import org.xcbir.retrieval.web.RetrievalBean;
import org.xcbir.study.Condition;
import org.xcbir.study.FlowStage;
import org.xcbir.study.FlowTransitionRejected;
import org.xcbir.study.LikertLevel;
import org.xcbir.study.StudyService;
import org.xcbir.study.StudyService.ParticipationView;
import org.xcbir.study.StudyService.TaskView;
import org.xcbir.study.UnknownStudyException;

/**
 * My study: the participant's page, showing whatever stage they are at (tutorial, a search task, a questionnaire,
 * the completion code). The stage lives on the server: every step redirects to this page, which asks the server
 * again, so back, refresh and a lost connection never leave the person anywhere else.
 */
@Named
@ViewScoped
public class StudyBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private StudyService studies;

    @Inject
    private RetrievalBean retrieval;

    private ParticipationView participation;
    private final Map<String, Integer> answers = new HashMap<>();

    /** On every visit: the current stage; a task's search session is opened (once) and shown. */
    public void load() {
        // never from the browser's cache: a page of an earlier stage must not come back with the back button
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                .setHeader("Cache-Control", "no-store");
        try {
            participation = studies.participation(me());
            TaskView task = participation.task();
            if (task != null) {
                participation = studies.startTask(me(), task.number());
                task = participation.task();
                retrieval.openTask(task.sessionId(), task.condition() == Condition.WITH_XAI);
            }
            studies.logPageVisit(me(), participation.stage().name());
        } catch (UnknownStudyException e) {
            participation = null;
        } catch (FlowTransitionRejected e) {
            PageMessages.error(e.getMessage());
        }
    }

    public String finishTutorial() {
        return step(() -> studies.finishTutorial(me()));
    }

    public String finishTask() {
        return step(() -> studies.finishTask(me(), participation.task().number()));
    }

    public String submitAnswers() {
        return step(() -> studies.submitQuestionnaire(me(), participation.stage(), answers));
    }

    /** Applies one step and shows the page afresh; a refused step stays on the page with the reason. */
    private String step(Supplier<ParticipationView> step) {
        try {
            step.get();
            return "/study?faces-redirect=true";
        } catch (IllegalArgumentException | FlowTransitionRejected e) {
            PageMessages.error(e.getMessage());
        } catch (EJBException e) {
            PageMessages.error("That did not go through and nothing was changed; try again in a moment.");
        }
        return null;
    }

    public ParticipationView getParticipation() {
        return participation;
    }

    public boolean isEnrolled() {
        return participation != null;
    }

    public TaskView getTask() {
        return participation == null ? null : participation.task();
    }

    /** Relevant images marked so far (the query is given, not found); follows each mark on the page. */
    public int getFound() {
        TaskView task = getTask();
        if (task == null || retrieval.getSession() == null) {
            return 0;
        }
        return (int) retrieval.getPositives().stream().filter(id -> id != task.queryImageId()).count();
    }

    public boolean isTimeUp() {
        TaskView task = getTask();
        return task != null && task.deadline() != null && !Instant.now().isBefore(task.deadline());
    }

    public boolean isCanFinishTask() {
        TaskView task = getTask();
        return task != null && (getFound() >= task.targetCount() || isTimeUp());
    }

    /** Whole minutes left of a timed task, rounded up; null without a time limit. */
    public Long getMinutesLeft() {
        TaskView task = getTask();
        if (task == null || task.deadline() == null) {
            return null;
        }
        long seconds = Math.max(0, Duration.between(Instant.now(), task.deadline()).toSeconds());
        return (seconds + 59) / 60;
    }

    public boolean isQuestionnaire() {
        return participation != null && (participation.stage() == FlowStage.QUESTIONNAIRE_1
                || participation.stage() == FlowStage.QUESTIONNAIRE_2
                || participation.stage() == FlowStage.FINAL_QUESTIONNAIRE);
    }

    public List<LikertLevel> getLikertLevels() {
        return List.of(LikertLevel.values());
    }

    public Map<String, Integer> getAnswers() {
        return answers;
    }

    private static String me() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

}
