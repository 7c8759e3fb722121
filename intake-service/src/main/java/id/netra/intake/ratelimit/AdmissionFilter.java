package id.netra.intake.ratelimit;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import id.netra.intake.evidence.EvidenceConfig;
import id.netra.kit.problem.Messages;
import id.netra.kit.problem.Problem;

/**
 * Turns away, before any body is read, requests whose declared body is too large (413), whose path or query holds
 * a control character (400) and public requests over their client's rate (429 with Retry-After), all as
 * problem+json. Bodies sent without a length are limited later:
 * the evidence service checks the file's size, the HTTP layer refuses anything over its hard ceiling.
 */
@ApplicationScoped
public class AdmissionFilter {

    /** Room for the multipart boundaries, part headers and text fields around an uploaded file. */
    private static final long FORM_OVERHEAD = 64 * 1024;
    /**
     * An encoded control character (NUL, line breaks, ...) in the path or query: never meaningful, and a NUL
     * would reach PostgreSQL, which cannot hold it in text.
     */
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("%(?:[01][0-9a-fA-F]|7[fF])");
    /** The paths that take a file: a report's evidence and a candidacy watch's documents. */
    static final String UPLOAD_PATH = "^/api/v1/(reports/[^/]+/evidence|candidacies/[^/]+/documents)/?$";

    private final RateLimiter limiter;
    private final AdmissionConfig config;
    private final ObjectMapper mapper;
    private final long maxBody;
    private final long maxEvidenceBody;

    public AdmissionFilter(RateLimiter limiter, AdmissionConfig config, ObjectMapper mapper,
            EvidenceConfig evidence,
            @ConfigProperty(name = "netra.http.max-body-size", defaultValue = "1M") MemorySize maxBody) {
        this.limiter = limiter;
        this.config = config;
        this.mapper = mapper;
        this.maxBody = maxBody.asLongValue();
        this.maxEvidenceBody = evidence.maxSize().asLongValue() + FORM_OVERHEAD;
    }

    void install(@Observes Router router) {
        // before Quarkus' own handlers (body limit at order -2, then security and REST)
        router.route().order(-100).handler(this::admit);
    }

    void admit(RoutingContext context) {
        HttpServerRequest request = context.request();
        // the path as routing sees it: "//", "/./", "/x/../" and encoded letters must not slip past a prefix
        String path = context.normalizedPath() == null ? "" : context.normalizedPath();
        long limit = path.matches(UPLOAD_PATH) ? maxEvidenceBody : maxBody;
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > limit) {
            refuse(context, 413, "BODY_TOO_LARGE", null, limit);
            return;
        }
        if (CONTROL_CHARACTER.matcher(request.uri() == null ? "" : request.uri()).find()) {
            refuse(context, 400, "CONTROL_CHARACTERS", null);
            return;
        }
        var rule = limiter.ruleFor(path);
        if (rule.isEmpty()) {
            context.next();
            return;
        }
        // Quarkus paused the request: its body waits, unread, until a later handler asks for it
        limiter.acquire(rule.get().getKey(), rule.get().getValue(), clientAddress(request)).subscribe().with(wait -> {
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                refuse(context, 429, "RATE_LIMITED", Long.toString(seconds), seconds);
            } else {
                context.next();
            }
        }, context::fail);
    }

    /** The client's address: the peer, or with a trusted proxy the last X-Forwarded-For entry (the one it added). */
    String clientAddress(HttpServerRequest request) {
        return clientAddress(config.trustForwardedFor(), request.getHeader("X-Forwarded-For"),
                request.remoteAddress() == null ? null : request.remoteAddress().host());
    }

    static String clientAddress(boolean trustForwardedFor, String forwardedFor, String peer) {
        if (trustForwardedFor && forwardedFor != null) {
            String[] hops = forwardedFor.split(",", -1);
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 64) {
                return last;
            }
        }
        return peer == null ? "unknown" : peer;
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            // a length that is not a number: the HTTP layer refuses the request itself
            return -1;
        }
    }

    private void refuse(RoutingContext context, int status, String code, String retryAfter, Object... args) {
        Locale locale = locale(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String title = Messages.text(locale, "title." + status);
        Problem problem = new Problem("urn:netra:problem:" + code, title, status, Messages.text(locale, code, args),
                code, null, null);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + ",\"code\":\"" + code + "\"}";
        }
        var response = context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (retryAfter != null) {
            response.putHeader("Retry-After", retryAfter);
        }
        if (status == 413) {
            // the unread body would otherwise be taken as the next request on this connection
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }

    /** The same choice as the kit's: English if preferred over Indonesian, Indonesian otherwise. */
    static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.INDONESIAN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if ("en".equals(language)) {
                    return Locale.ENGLISH;
                }
                if (language.equals("id") || language.equals("in")) {
                    return Messages.INDONESIAN;
                }
            }
        } catch (IllegalArgumentException e) {
            // an unreadable header gets the default language
        }
        return Messages.INDONESIAN;
    }
}
