package id.netra.kit.problem;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into {@code application/problem+json}: client mistakes into 4xx with a stable code and
 * per-field errors, anything else into a 500 that shows no internals (the log has them, under the same error id).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /**
     * The one place where coded refusals become answers: the domain's by their kind (services never choose an HTTP
     * status), the HTTP layer's own with the status it names.
     */
    @ServerExceptionMapper
    public Response refused(CodedFailure e, HttpHeaders headers) {
        Locale locale = Messages.locale(headers);
        // CodedFailure is sealed: what is not a Refusal is a ProblemException
        int status = e instanceof Refusal refusal ? status(refusal.kind()) : ((ProblemException) e).status();
        return respond(locale, status, e.code(), texts(locale, e.errors()), e.args());
    }

    static int status(Refusal.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case INVALID -> 400;
            case CONFLICT -> 409;
            case RULE_BROKEN -> 422;
            case WITHHELD -> 403;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case BUSY -> 503;
        };
    }

    /** Field errors raised by services carry a code; the text is chosen here, in the caller's language. */
    private static List<FieldError> texts(Locale locale, List<FieldError> errors) {
        return errors.stream()
                .map(error -> error.message() != null ? error
                        : new FieldError(error.field(), error.code(), Messages.text(locale, error.code(), error.args())))
                .toList();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers) {
        return respond(Messages.locale(headers), 400, "VALIDATION_FAILED", FieldErrors.of(e.getConstraintViolations()));
    }

    /** Resource-method violations come as this subtype, which Quarkus would otherwise map itself. */
    @ServerExceptionMapper
    public Response invalidResourceCall(ResteasyReactiveViolationException e, HttpHeaders headers) {
        return invalid(e, headers);
    }

    /** Quarkus maps these two subtypes itself unless a mapper names them exactly. */
    @ServerExceptionMapper
    public Response unparsable(JsonParseException e, HttpHeaders headers) {
        return unreadable(e, headers);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers) {
        return unreadable(e, headers);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers) {
        Locale locale = Messages.locale(headers);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            return respond(locale, 400, "BODY_UNREADABLE",
                    List.of(new FieldError(field, "INVALID_TYPE", Messages.text(locale, "INVALID_TYPE"))));
        }
        return respond(locale, 400, "BODY_UNREADABLE", List.of());
    }

    /** Two writers changed the same record at once; the loser may simply try again. */
    @ServerExceptionMapper
    public Response concurrentUpdate(StaleStateException e, HttpHeaders headers) {
        return refuse(headers, 409, "CONCURRENT_UPDATE");
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e, HttpHeaders headers) {
        return refuse(headers, 409, "CONCURRENT_UPDATE");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return refuse(headers, 401, "UNAUTHENTICATED");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        return refuse(headers, 401, "UNAUTHENTICATED");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return refuse(headers, 403, "FORBIDDEN");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers);
        }
        Response.ResponseBuilder builder = respondBuilder(Messages.locale(headers), status, "HTTP_" + status, List.of());
        if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        if (e.getResponse() != null && e.getResponse().getHeaderString("Retry-After") != null) {
            builder.header("Retry-After", e.getResponse().getHeaderString("Retry-After"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        if (e instanceof CodedFailure coded) {
            return refused(coded, headers);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, error id %s", errorId);
        return respond(Messages.locale(headers), 500, "INTERNAL_ERROR", List.of(), errorId);
    }

    /** A refusal that concerns the request as a whole, with no field to point at. */
    private static Response refuse(HttpHeaders headers, int status, String code) {
        return respond(Messages.locale(headers), status, code, List.of());
    }

    private static Response respond(Locale locale, int status, String code, List<FieldError> errors, Object... args) {
        return respondBuilder(locale, status, code, errors, args).build();
    }

    private static Response.ResponseBuilder respondBuilder(Locale locale, int status, String code,
            List<FieldError> errors, Object... args) {
        String title = Messages.text(locale, "title." + status);
        String detail = Messages.has(code) ? Messages.text(locale, code, args) : title;
        Problem problem = new Problem("urn:netra:problem:" + code, title, status, detail, code, null,
                errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
