package id.netra.intake.ratelimit;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** A public path that exists only in tests, with its own low limit, to exercise the rate limiter in isolation. */
@Path("/api/v1/public/rate-limit-probe")
@PermitAll
public class RateLimitProbeResource {

    @GET
    @Operation(hidden = true)
    public Response get() {
        return Response.noContent().build();
    }

    @POST
    @Operation(hidden = true)
    public Response post() {
        return Response.noContent().build();
    }
}
