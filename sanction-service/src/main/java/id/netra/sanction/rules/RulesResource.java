package id.netra.sanction.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.NonBlocking;

import id.netra.kit.calendar.DayUnit;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.calendar.HolidayCalendar;
import id.netra.kit.calendar.HolidayListCheck;
import id.netra.kit.calendar.WorkingDays;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.Problem;
import id.netra.kit.problem.ProblemException;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.ElectionCatalog;
import id.netra.sanction.recommendation.SanctionConfig;

/** The rules in force, for anyone signed in. */
@Path("/api/v1/rules")
@Authenticated
@Tag(name = "Rules", description = "The violation catalogue and sanction ladder the recommendations come from")
@SecurityRequirement(name = "netra-oidc")
public class RulesResource {

    /** The deadlines the suite computes, by the name users ask for them. */
    enum DeadlineName {
        FILING("report_after_known"),
        INITIAL_REVIEW("initial_review"),
        CLARIFICATION("clarification"),
        PPK_DECISION(null),
        BLOCK(null);

        final String step;

        DeadlineName(String step) {
            this.step = step;
        }
    }

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final RulesView rules;
    private final SanctionRules sanctionRules;
    private final SanctionConfig config;
    private final Clock clock;

    public RulesResource(SanctionRules rules, SanctionConfig config, Clock clock) {
        // the rules are fixed for the life of the process: build the answer once
        this.rules = RulesView.of(rules);
        this.sanctionRules = rules;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Path("holidays")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getHolidays", summary = "The working-day calendar of a year", description = "The national holidays and cuti bersama of the year with the act that set each, the regional days off, and whether the year's list is complete. Without a year: the current one.")
    @APIResponse(responseCode = "200", description = "The year", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.Year.class)))
    @APIResponse(responseCode = "400", description = "A year that is not a number between 2000 and 2100 (INVALID_YEAR)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarView.Year holidays(@Parameter(description = "the year, e.g. 2026") @QueryParam("year") String year) {
        LocalDate today = LocalDate.now(clock.withZone(JAKARTA));
        int asked = today.getYear();
        if (year != null) {
            try {
                asked = Integer.parseInt(year);
            } catch (NumberFormatException e) {
                asked = -1;
            }
            if (asked < 2000 || asked > 2100) {
                throw new ProblemException(400, "VALIDATION_FAILED", List.of(FieldError.of("year", "INVALID_YEAR")));
            }
        }
        HolidayCalendar calendar = HolidayCalendar.standard();
        return new CalendarView.Year(asked, calendar.covers(asked),
                calendar.holidays(asked).stream().map(CalendarView.DayOff::of).toList(),
                calendar.regionalHolidays(asked).stream().map(CalendarView.DayOff::of).toList(),
                HolidayListCheck.warning(calendar, today));
    }

    @GET
    @Path("deadlines/{rule}")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "computeDeadline", summary = "The due day a deadline rule gives from a day in a region", description = "Counts as the suite does: day 1 is the first (working) day after `from`, in the region's zone, skipping weekends, national and regional days off. Says whether the result is provisional (a year without its holiday list), which days were skipped, and whether the rule is law, an internal target or a Netra setting.")
    @APIResponse(responseCode = "200", description = "The deadline", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.Calculation.class)))
    @APIResponse(responseCode = "400", description = "An unknown rule, a missing or malformed date, an unknown region or election, or no election for a rule that depends on it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarView.Calculation deadline(
            @Parameter(description = "FILING, INITIAL_REVIEW, CLARIFICATION, PPK_DECISION or BLOCK") @PathParam("rule") String rule,
            @Parameter(description = "the day counting starts from (the act becoming known, the report, the opening, the recommendation)", example = "2026-03-16") @QueryParam("from") String from,
            @Parameter(description = "the region whose zone and days off count", example = "64.71") @QueryParam("region") String region,
            @Parameter(description = "the election, for the rules that depend on its kind", example = "PILKADA_2024") @QueryParam("election") String election) {
        List<FieldError> errors = new ArrayList<>();
        DeadlineName name = null;
        try {
            name = DeadlineName.valueOf(rule);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("rule", "UNKNOWN_DEADLINE_RULE", Arrays.toString(DeadlineName.values())));
        }
        LocalDate start = null;
        if (from == null || from.isBlank()) {
            errors.add(FieldError.of("from", "REQUIRED"));
        } else {
            try {
                start = LocalDate.parse(from);
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("from", "INVALID_DATE"));
            }
        }
        if (region == null || region.isBlank()) {
            errors.add(FieldError.of("region", "REQUIRED"));
        } else if (!RegionCatalog.standard().isKnown(region)) {
            errors.add(FieldError.of("region", "INVALID_REGION"));
        }
        ElectionCatalog.DeadlineRule electionRule = null;
        if (name != null && name.step != null) {
            if (election == null || election.isBlank()) {
                errors.add(FieldError.of("election", "ELECTION_REQUIRED"));
            } else if (!sanctionRules.elections().isKnown(election)) {
                errors.add(FieldError.of("election", "UNKNOWN_ELECTION"));
            } else {
                electionRule = sanctionRules.elections().deadlineRule(election, name.step).orElse(null);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", errors);
        }
        ZoneId zone = RegionCatalog.standard().zoneOf(region);
        WorkingDays workingDays = WorkingDays.standard();
        int days;
        DayUnit unit;
        String nature;
        String basis;
        LocalDate countFrom = start;
        Deadline ppkDue = null;
        if (electionRule != null) {
            days = electionRule.days();
            unit = electionRule.unit();
            nature = electionRule.nature();
            basis = electionRule.basis();
        } else if (name == DeadlineName.BLOCK) {
            // the grace runs from the end of the PPK's due day
            ppkDue = workingDays.deadline(start.atStartOfDay(zone).toInstant(), config.decisionDays(),
                    DayUnit.WORKING_DAYS, zone, region);
            countFrom = ppkDue.dueDate();
            days = config.blockAfterDays();
            unit = DayUnit.WORKING_DAYS;
            nature = "NETRA_SETTING";
            basis = "netra.sanction.block-after-days, after the PPK's due day (netra.sanction.decision-days)";
        } else {
            days = config.decisionDays();
            unit = DayUnit.WORKING_DAYS;
            nature = "NETRA_SETTING";
            basis = "netra.sanction.decision-days: no regulation text gives the PPK's time";
        }
        Deadline due = workingDays.deadline(countFrom.atStartOfDay(zone).toInstant(), days, unit, zone, region);
        List<CalendarView.Skipped> skipped = unit == DayUnit.WORKING_DAYS
                ? workingDays.skipped(start, due.dueDate(), region).stream()
                        .map(day -> new CalendarView.Skipped(day.date(),
                                day.holidays().stream().map(CalendarView.DayOff::of).toList()))
                        .toList()
                : List.of();
        // a grace counted from a guessed due day is a guess too
        boolean provisional = due.provisional() || (ppkDue != null && ppkDue.provisional());
        String reason = due.provisional() ? due.provisionalReason() : ppkDue == null ? null : ppkDue.provisionalReason();
        return new CalendarView.Calculation(name.name(), start, region, zone.getId(), days, unit, due.dueDate(),
                due.dueAt(), provisional, reason, nature, basis, skipped);
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The violation catalogue, sanction ladder, stage pairs and elections in force, with their version")
    @APIResponse(responseCode = "200", description = "The rules in force", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesView.class)))
    @APIResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RulesView rules() {
        return rules;
    }
}
