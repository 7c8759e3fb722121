package id.netra.intake.evidence;

import java.io.IOException;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.netra.kit.problem.Messages;
import id.netra.kit.problem.Problem;

/**
 * A bare IOException reaching the REST layer comes from reading the request body: a multipart form that ends early
 * or lacks its closing boundary, a body cut off. That is the sender's broken request (400), not a server failure;
 * the service's own storage failures arrive wrapped and stay 500.
 */
public class UnreadableBodyMapper {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class);

    @ServerExceptionMapper
    public Response unreadable(IOException e, HttpHeaders headers) {
        Locale locale = Messages.locale(headers);
        MediaType type = headers.getMediaType();
        String code = type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) ? "MULTIPART_INVALID"
                : "BODY_UNREADABLE";
        LOG.debugf("Request body could not be read: %s", e.getMessage());
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:netra:problem:" + code, Messages.text(locale, "title.400"), 400,
                        Messages.text(locale, code), code, null, null))
                .build();
    }
}
