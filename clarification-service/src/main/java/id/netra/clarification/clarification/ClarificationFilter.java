package id.netra.clarification.clarification;

import java.time.Instant;

/**
 * A list query: a null scope, status, overdue or assignee means no filter; {@code after} is the previous page's last
 * case.
 */
public record ClarificationFilter(String regionScope, ClarificationStatus status, Boolean overdue, String assignee,
        String after, int limit, Instant now) {
}
