package id.netra.sanction.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

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

import id.netra.kit.calendar.HolidayListCheck;
import id.netra.kit.problem.Problem;
import id.netra.kit.problem.QueryParameters;

/** The rules in force, for anyone signed in. */
@Path("/api/v1/rules")
@Authenticated
@Tag(name = "Rules", description = "The violation catalogue and sanction ladder the recommendations come from")
@SecurityRequirement(name = "netra-oidc")
public class RulesResource {

    private static final Pattern YEAR = Pattern.compile("20[0-9]{2}|2100");

    private final RulesView rules;
    private final CalendarRules calendar;
    private final Clock clock;

    public RulesResource(SanctionRules rules, CalendarRules calendar, Clock clock) {
        // the rules are fixed for the life of the process: build the answer once
        this.rules = RulesView.of(rules);
        this.calendar = calendar;
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
        QueryParameters query = new QueryParameters();
        String asked = query.matching("year", year, YEAR, "INVALID_YEAR");
        query.requireValid();
        LocalDate today = HolidayListCheck.today(clock);
        return calendar.year(asked == null ? today.getYear() : Integer.parseInt(asked), today);
    }

    @GET
    @Path("deadlines/{rule}")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "computeDeadline", summary = "The due day a deadline rule gives from a day in a region", description = "Counts as the suite does: day 1 is the first (working) day after `from`, in the region's zone, skipping weekends, national and regional days off. Says whether the result is provisional (a year without its holiday list), which days were skipped, and whether the rule is law, an internal target or a Netra setting.")
    @APIResponse(responseCode = "200", description = "The deadline", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.Calculation.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, one entry per parameter: an unknown rule (INVALID_VALUE), a missing (REQUIRED) or malformed (INVALID_DATE) date, an unknown region (INVALID_REGION) or election (INVALID_ELECTION), or no election for a rule that depends on it (ELECTION_REQUIRED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarView.Calculation deadline(
            @Parameter(description = "FILING, INITIAL_REVIEW, CLARIFICATION, PPK_DECISION or BLOCK") @PathParam("rule") String rule,
            @Parameter(description = "the day counting starts from (the act becoming known, the report, the opening, the recommendation)", example = "2026-03-16") @QueryParam("from") String from,
            @Parameter(description = "the region whose zone and days off count", example = "64.71") @QueryParam("region") String region,
            @Parameter(description = "the election, for the rules that depend on its kind", example = "PILKADA_2024") @QueryParam("election") String election) {
        QueryParameters query = new QueryParameters();
        CalendarRules.DeadlineName name = query.enumValue("rule", rule, CalendarRules.DeadlineName.class);
        LocalDate start = query.date("from", from);
        String place = query.region("region", region);
        if (from == null) {
            query.reject("from", "REQUIRED");
        }
        if (region == null) {
            query.reject("region", "REQUIRED");
        }
        if (name != null && name.needsElection()) {
            if (election == null) {
                query.reject("election", "ELECTION_REQUIRED");
            } else if (!calendar.hasRule(name, election)) {
                query.reject("election", "INVALID_ELECTION", election);
            }
        }
        query.requireValid();
        return calendar.deadline(name, start, place, election);
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
