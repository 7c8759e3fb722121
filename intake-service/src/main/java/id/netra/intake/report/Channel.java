package id.netra.intake.report;

import java.util.ArrayList;
import java.util.List;

import id.netra.kit.security.Caller;
import id.netra.kit.security.Roles;

/** How a report came in. Who may claim which channel is decided here, from the caller's roles. */
public enum Channel {
    PUBLIC,
    MONITOR,
    PARTNER,
    BAWASLU_FINDING,
    SOCIAL_MEDIA;

    /**
     * The channels a caller may claim: partner systems file as partners, election monitors or social-media monitors;
     * Bawaslu files its own findings (temuan), also from social-media patrols. PUBLIC is the public endpoint's alone.
     */
    public static List<Channel> claimableBy(Caller caller) {
        List<Channel> allowed = new ArrayList<>();
        if (caller.hasRole(Roles.BAWASLU)) {
            allowed.add(BAWASLU_FINDING);
        }
        if (caller.hasRole(Roles.PARTNER)) {
            allowed.add(PARTNER);
            allowed.add(MONITOR);
        }
        allowed.add(SOCIAL_MEDIA);
        return allowed;
    }

    /** Bawaslu files findings unless it says otherwise; partner systems file as partners. */
    public static Channel defaultFor(Caller caller) {
        return caller.hasRole(Roles.BAWASLU) ? BAWASLU_FINDING : PARTNER;
    }

    public static Channel parse(String value) {
        if (value == null) {
            return null;
        }
        for (Channel channel : values()) {
            if (channel.name().equals(value)) {
                return channel;
            }
        }
        return null;
    }
}
