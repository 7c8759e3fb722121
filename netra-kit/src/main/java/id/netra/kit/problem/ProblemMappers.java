package id.netra.kit.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
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
    private static final Pattern NETRA_TEMPLATE = Pattern.compile("\\{netra\\.validation\\.([A-Z0-9_]+)}");

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers) {
        Locale locale = Messages.locale(headers);
        // field errors raised by services carry a code; the text is chosen here, in the caller's language
        List<FieldError> errors = e.errors().stream()
                .map(error -> error.message() != null ? error
                        : new FieldError(error.field(), error.code(), Messages.text(locale, error.code(), error.args())))
                .toList();
        return respond(locale, e.status(), e.code(), errors, e.args());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers) {
        Locale locale = Messages.locale(headers);
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(field(violation.getPropertyPath()), code(violation), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        return respond(locale, 400, "VALIDATION_FAILED", errors);
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
        if (e instanceof ProblemException problem) {
            return problem(problem, headers);
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

    private static String code(ConstraintViolation<?> violation) {
        Matcher matcher = NETRA_TEMPLATE.matcher(violation.getMessageTemplate());
        if (matcher.find()) {
            return matcher.group(1);
        }
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** The path inside the request, without the method and parameter names the validator puts in front. */
    private static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            // a body parameter's name is not a field, but a query, header or path parameter's name is
            boolean innerParameter = node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || innerParameter
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
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
