package id.netra.kit.security;

import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import id.netra.kit.problem.Refusal;

/**
 * Who is calling and which regions they may see. A caller without a region claim sees every region only if one of
 * its roles is national; a regional role without a region sees nothing (fail closed).
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The account name: a person's username, or the client id of a machine client. */
    public String name() {
        String username = token.getClaim("preferred_username");
        if (username != null && username.startsWith("service-account-")) {
            return username.substring("service-account-".length());
        }
        if (username != null) {
            return username;
        }
        String clientId = token.getClaim("azp");
        return clientId != null ? clientId : identity.getPrincipal().getName();
    }

    /** The region claim, or null for a national account. */
    public String region() {
        Object region = token.getClaim("region");
        return region == null ? null : region.toString();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean isNational() {
        return region() == null && identity.getRoles().stream().anyMatch(Roles.NATIONAL::contains);
    }

    public boolean canSee(String caseRegion) {
        return isNational() || RegionScope.covers(region(), caseRegion);
    }

    /**
     * The region-scoped lookup: {@code found} (a case's row, or a thing of a case) if it exists and lies in the
     * caller's regions; otherwise refused as missing, under {@code code} and {@code id}, the same for both.
     */
    public <T> T visible(T found, Function<? super T, String> region, String code, Object id) {
        if (found == null || !canSee(region.apply(found))) {
            throw Refusal.notFound(code, id);
        }
        return found;
    }

    /** The same for a case, by its number. */
    public <T> T visibleCase(T found, Function<? super T, String> region, String caseNumber) {
        return visible(found, region, "CASE_NOT_FOUND", caseNumber);
    }

    /**
     * The region filter for a list query: null for a national caller (no filter), else the caller's region. A
     * caller with no usable scope gets a region that matches nothing.
     */
    public String listScope() {
        if (isNational()) {
            return null;
        }
        return region() == null ? "--" : region();
    }
}
