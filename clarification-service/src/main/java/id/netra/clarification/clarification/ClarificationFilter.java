package id.netra.clarification.clarification;

import java.time.Instant;

/** A list query: a null scope, status or overdue means no filter; {@code after} is the previous page's last case. */
public record ClarificationFilter(String regionScope, ClarificationStatus status, Boolean overdue, String after,
        int limit, Instant now) {
}
