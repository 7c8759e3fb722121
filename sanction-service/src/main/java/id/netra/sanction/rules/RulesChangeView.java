package id.netra.sanction.rules;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.contracts.RulesChanged;
import id.netra.kit.rules.LiveRules;

/** One change of the rules: the version it made, who made it and when, and what it changed. */
@Schema(name = "RulesChange")
public record RulesChangeView(
        @Schema(example = "20261201T080000Z-1a2b3c") String version,
        Instant changedAt,
        @Schema(description = "the admin who made the change") String changedBy,
        @Schema(description = "the election added or replaced, if that was the change") RulesChanged.Election election,
        @Schema(description = "the holidays loaded, if that was the change") RulesChanged.Holidays holidays) {

    static RulesChangeView of(RulesAdmin.Made made) {
        return new RulesChangeView(made.change().version(), made.change().changedAt(), made.changedBy(),
                made.change().election(), made.change().holidays());
    }

    static RulesChangeView of(LiveRules.Recorded recorded) {
        return new RulesChangeView(recorded.version(), recorded.changedAt(), recorded.changedBy(),
                recorded.change().election(), recorded.change().holidays());
    }
}
