package id.netra.sanction.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.ProblemException;

/** The filter and page of the block list; {@code active} null lists every block request. */
public record BlockQuery(Boolean active, int limit, UUID after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final Pattern CURSOR = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Reads the parameters as sent, so that a wrong one is a 400 naming the field (not JAX-RS's 404). */
    public static BlockQuery parse(String status, String limit, String after) {
        List<FieldError> errors = new ArrayList<>();
        Boolean active = null;
        if (status != null) {
            switch (status) {
                case "ACTIVE" -> active = true;
                case "LIFTED" -> active = false;
                default -> errors.add(FieldError.of("status", "INVALID_BLOCK_STATUS"));
            }
        }
        int parsedLimit = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                parsedLimit = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                parsedLimit = -1;
            }
            if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
                errors.add(FieldError.of("limit", "INVALID_LIMIT", MAX_LIMIT));
            }
        }
        UUID parsedAfter = null;
        if (after != null) {
            if (CURSOR.matcher(after).matches()) {
                parsedAfter = UUID.fromString(after);
            } else {
                errors.add(FieldError.of("after", "INVALID_CURSOR"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", errors);
        }
        return new BlockQuery(active, parsedLimit, parsedAfter);
    }
}
