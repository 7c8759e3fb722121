package id.netra.sanction.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Problem;
import id.netra.kit.problem.QueryParameters;
import id.netra.kit.rules.HolidayListCheck;
import id.netra.kit.rules.LiveRules;
import id.netra.kit.security.Caller;
import id.netra.kit.security.Roles;

/** The rules in force, for anyone signed in. */
@Path("/api/v1/rules")
@Authenticated
@Tag(name = "Rules", description = "The violation catalogue and sanction ladder the recommendations come from")
@SecurityRequirement(name = "netra-oidc")
public class RulesResource {

    private static final Pattern YEAR = Pattern.compile("20[0-9]{2}|2100");

    private static final int HISTORY_LIMIT = 200;

    private final SanctionRules rules;
    private final LiveRules live;
    private final CalendarRules calendar;
    private final RulesAdmin admin;
    private final Caller caller;
    private final Clock clock;

    public RulesResource(SanctionRules rules, LiveRules live, CalendarRules calendar, RulesAdmin admin, Caller caller,
            Clock clock) {
        this.rules = rules;
        this.live = live;
        this.calendar = calendar;
        this.admin = admin;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("elections")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listElections", summary = "Every election with its contests", description = "The elections in force (shipped and added by an admin): each contest's candidate-setting date (which decides whether an act concerns a bakal calon or a calon), campaign and voting dates, the regions of a re-run, the period an act can belong to, and the confidence and sources of the dates.")
    @APIResponse(responseCode = "200", description = "The elections", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ElectionView.class, type = SchemaType.ARRAY)))
    public List<ElectionView> elections() {
        return live.elections().all().stream().map(ElectionView::of).toList();
    }

    @POST
    @Path("elections")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putElection", summary = "Add an election or re-run, or replace one by its code", description = "Checked whole, then recorded with its author, published to intake and clarification (event id.netra.rules.changed.v1) and in force at once; the answer carries the new rules version. An election without dates (announced, not yet scheduled) takes no report until its dates are set the same way.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesChangeView.class)))
    @APIResponse(responseCode = "200", description = "An election of that code replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesChangeView.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED with one entry per wrong field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only an admin changes the rules", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> putElection(ElectionRequest request) {
        return admin.election(request, caller.name()).map(made -> Response
                .status(made.replaced() ? Response.Status.OK : Response.Status.CREATED)
                .entity(RulesChangeView.of(made)).build());
    }

    @POST
    @Path("holidays")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "loadHolidays", summary = "Load a year's holiday list or regional days off", description = "With year: the year's complete SKB list of national holidays and cuti bersama, replacing an earlier list of that year (an amended SKB is loaded whole). Without: regional days off (LIBUR_DAERAH, e.g. a re-run's voting day). Recorded with its author, published to the other services, and every open deadline it touches is counted again: a provisional one becomes final.")
    @APIResponse(responseCode = "201", description = "Loaded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesChangeView.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED with one entry per wrong field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only an admin changes the rules", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> loadHolidays(HolidaysRequest request) {
        return admin.holidays(request, caller.name())
                .map(made -> Response.status(Response.Status.CREATED).entity(RulesChangeView.of(made)).build());
    }

    @GET
    @Path("changes")
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRulesChanges", summary = "The audit trail of the rules", description = "Every change an admin made to the elections and holiday lists, newest first (at most 200), with who made it and when.")
    @APIResponse(responseCode = "200", description = "The changes", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesChangeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Only an admin or auditor reads the trail", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<RulesChangeView>> changes() {
        return live.history(HISTORY_LIMIT).map(list -> list.stream().map(RulesChangeView::of).toList());
    }

    @GET
    @Path("holidays")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getHolidays", summary = "The working-day calendar of a year", description = "The national holidays and cuti bersama of the year with the act that set each, the regional days off, and whether the year's list is complete. Without a year: the current one.")
    @APIResponse(responseCode = "200", description = "The year", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.Year.class)))
    @APIResponse(responseCode = "400", description = "A year that is not a number between 2000 and 2100 (INVALID_YEAR)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @Operation(operationId = "getRules", summary = "The rules in force", description = "The violation catalogue, the sanction ladder, the stage pairs and the elections in force, with the rules version a recommendation names.")
    @APIResponse(responseCode = "200", description = "The rules in force", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesView.class)))
    public RulesView rules() {
        return RulesView.of(rules, live.current().version());
    }
}
