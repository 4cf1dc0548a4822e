package org.xcbir.admin.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import org.xcbir.descriptor.ModelNotReadyException;
import org.xcbir.study.FlowTransitionRejected;

/** Messages on a page: what happened, or why not, in words a person can act on. */
public final class PageMessages {

    private PageMessages() {
    }

    /**
     * Runs an action and shows its outcome: the service's own words when it refuses (an invalid input, a step
     * too early, the model still loading), the root cause when the transaction failed.
     */
    public static void act(Supplier<String> action) {
        try {
            info(action.get());
        } catch (IllegalArgumentException | FlowTransitionRejected | ModelNotReadyException e) {
            error(e.getMessage());
        } catch (EJBException e) {
            error("That did not work and nothing was changed: " + rootMessage(e));
        }
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
