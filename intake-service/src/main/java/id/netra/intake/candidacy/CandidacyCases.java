package id.netra.intake.candidacy;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.intake.cases.AccusedKeys;
import id.netra.intake.cases.CaseFile;
import id.netra.intake.cases.CaseNumbers;
import id.netra.intake.cases.CaseRepository;
import id.netra.intake.config.IntakeConfig;
import id.netra.intake.report.ReportChecks;
import id.netra.kit.id.Ids;
import id.netra.kit.region.RegionCatalog;

/**
 * The D3 case of an ASN who registered as a candidate while active without unpaid leave: the act is the registration
 * itself, so the case is about the same NIP and act as a report of it would be. An open D3 case of that act in the
 * watch's region (a monitor's report that came first) is joined; otherwise a case is opened there, without a report.
 * A case of another region is never joined: the watch's readers could not see it, and its region could not see
 * the watch. Either way it waits for Bawaslu's initial review like any case: D3's level is disputed, and the reviewer
 * may register it (as D5 where party membership is shown), or reject it.
 */
@ApplicationScoped
public class CandidacyCases {

    public static final String D3 = "D3";

    private final CaseRepository cases;
    private final CaseNumbers caseNumbers;
    private final ReportChecks checks;
    private final IntakeConfig config;
    private final RegionCatalog regions;

    public CandidacyCases(CaseRepository cases, CaseNumbers caseNumbers, ReportChecks checks, IntakeConfig config,
            RegionCatalog regions) {
        this.regions = regions;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.checks = checks;
        this.config = config;
    }

    /** Inside the caller's transaction: the case the watch belongs to, opened or joined. */
    public Uni<CaseFile> openOrJoin(Candidacy candidacy, Instant now) {
        // the same lock as two reports of one act take, so a report and a watch arriving together share one case
        return cases.lockAct(candidacy.asnNip + ":" + D3)
                .chain(() -> cases.findSameActInRegion(candidacy.asnNip, D3, candidacy.registeredOn,
                        config.sameActWindowDays(), candidacy.regionCode))
                .chain(existing -> existing == null ? open(candidacy, now) : join(existing, candidacy, now));
    }

    private Uni<CaseFile> join(CaseFile caseFile, Candidacy candidacy, Instant now) {
        if (caseFile.candidacyId == null) {
            caseFile.candidacyId = candidacy.id;
        }
        caseFile.updatedAt = now;
        return Uni.createFrom().item(caseFile);
    }

    private Uni<CaseFile> open(Candidacy candidacy, Instant now) {
        String region = candidacy.regionCode;
        return caseNumbers.next(region, now).chain(caseNumber -> {
            CaseFile caseFile = new CaseFile();
            caseFile.id = Ids.uuidV7();
            caseFile.caseNumber = caseNumber;
            caseFile.regionCode = region;
            caseFile.electionCode = candidacy.electionCode;
            caseFile.accusedName = candidacy.asnName;
            caseFile.accusedNip = candidacy.asnNip;
            caseFile.accusedPosition = candidacy.asnPosition;
            caseFile.accusedAgency = candidacy.asnAgency;
            caseFile.accusedRegionCode = region;
            caseFile.accusedNameKey = AccusedKeys.name(candidacy.asnName);
            caseFile.accusedAgencyKey = AccusedKeys.agency(candidacy.asnAgency);
            caseFile.violationCode = D3;
            caseFile.occurredOn = candidacy.registeredOn;
            caseFile.receivedOn = LocalDate.ofInstant(now, regions.zoneOf(region));
            caseFile.reportCount = 0;
            caseFile.openForReview(checks.due(candidacy.electionCode, ReportChecks.INITIAL_REVIEW_RULE, region,
                    config.initialReviewFallbackDays()));
            caseFile.candidacyId = candidacy.id;
            caseFile.originChannel = candidacy.channel;
            caseFile.originReporterRef = candidacy.filerRef;
            caseFile.createdAt = now;
            caseFile.updatedAt = now;
            return cases.persist(caseFile);
        });
    }
}
