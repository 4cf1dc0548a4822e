package org.xcbir.admin.web.api;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xcbir.archive.UnknownArchiveException;
import org.xcbir.descriptor.ModelNotReadyException;
import org.xcbir.retrieval.session.UnknownSessionException;
import org.xcbir.study.FlowTransitionRejected;
import org.xcbir.study.UnknownStudyException;

/**
 * Turns exceptions into JSON answers: the caller's mistakes are 400/404 with the service's message, a model that
 * is still loading is 503, anything unexpected is 500 without internals (logged here).
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof WebApplicationException web) {
            return error(web.getResponse().getStatus(), web.getMessage());
        }
        if (e instanceof ProcessingException || e instanceof JsonbException) {
            return error(400, "The request body is not the JSON this call expects; see /openapi.");
        }
        if (e instanceof FlowTransitionRejected) {
            return error(409, e.getMessage());
        }
        if (e instanceof UnknownArchiveException || e instanceof UnknownSessionException
                || e instanceof UnknownStudyException) {
            return error(404, e.getMessage());
        }
        if (e instanceof IllegalArgumentException) {
            return error(400, e.getMessage());
        }
        if (e instanceof ModelNotReadyException) {
            return Response.fromResponse(error(503, e.getMessage())).header("Retry-After", "10").build();
        }
        LOG.log(Level.WARNING, "API request failed", e);
        return error(500, "The server could not do that; nothing was changed. See the server log.");
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(status, message)).build();
    }
}
