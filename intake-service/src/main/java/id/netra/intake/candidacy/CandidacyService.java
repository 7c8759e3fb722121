package id.netra.intake.candidacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CandidacyRegistered;
import id.netra.intake.cases.CaseFile;
import id.netra.intake.cases.CaseRepository;
import id.netra.intake.cases.StatusText;
import id.netra.intake.report.Channel;
import id.netra.intake.report.Idempotency;
import id.netra.intake.report.ReporterVault;
import id.netra.intake.timeline.TimelineRecorder;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.Messages;
import id.netra.kit.problem.Refusal;
import id.netra.kit.security.Caller;

/**
 * Filing and reading candidacy watches. A filing is checked like a report and is idempotent like one; an ASN is
 * watched once per election. Registering while active without unpaid leave opens (or joins) a D3 case, evidence of
 * party membership flags the watch for D5, and {@code candidacy.registered} announces the watch, all in one
 * transaction.
 */
@ApplicationScoped
public class CandidacyService {

    private static final Logger LOG = Logger.getLogger(CandidacyService.class);

    private final CandidacyRepository candidacies;
    private final CandidacyDocumentRepository documents;
    private final CandidacyNoticeRepository notices;
    private final CandidacyChecks checks;
    private final CandidacyCases d3Cases;
    private final Obligations obligations;
    private final Holds holds;
    private final CandidacyRules rules;
    private final CaseRepository cases;
    private final TimelineRecorder timeline;
    private final Idempotency idempotency;
    private final ReporterVault vault;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public CandidacyService(CandidacyRepository candidacies, CandidacyDocumentRepository documents,
            CandidacyNoticeRepository notices, CandidacyChecks checks, CandidacyCases d3Cases,
            Obligations obligations, Holds holds, CandidacyRules rules, CaseRepository cases,
            TimelineRecorder timeline, Idempotency idempotency, ReporterVault vault, Outbox outbox, Caller caller,
            Clock clock) {
        this.candidacies = candidacies;
        this.documents = documents;
        this.notices = notices;
        this.checks = checks;
        this.d3Cases = d3Cases;
        this.obligations = obligations;
        this.holds = holds;
        this.rules = rules;
        this.cases = cases;
        this.timeline = timeline;
        this.idempotency = idempotency;
        this.vault = vault;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Files a watch for a partner or Bawaslu. With an Idempotency-Key, a retry of the same body gets the same watch
     * and stores nothing; the same key with another body is refused. A second filing of the same ASN and election is
     * a conflict, so the D3 case is opened once.
     */
    @WithTransaction
    public Uni<CandidacyReceipt> file(CandidacyRequest request, String idempotencyKey, Locale locale) {
        CandidacyChecks.Checked checked = checks.requireValid(request);
        String submitter = caller.name();
        Channel channel = Channel.defaultFor(caller);
        if (idempotencyKey == null) {
            return create(request, checked, submitter, channel).chain(candidacy -> receipt(candidacy, locale));
        }
        return idempotency.once(submitter, idempotencyKey, request, Idempotency.Target.CANDIDACY,
                () -> create(request, checked, submitter, channel), candidacy -> candidacy.id, candidacies::findById)
                .chain(candidacy -> receipt(candidacy, locale));
    }

    private Uni<Candidacy> create(CandidacyRequest request, CandidacyChecks.Checked checked, String submitter,
            Channel channel) {
        Instant now = clock.instant();
        String nip = request.asn().nip();
        String election = checked.election().code();
        // two filings of one ASN and election arriving together must not both pass the check below
        return cases.lockAct("candidacy:" + nip + ":" + election)
                .chain(() -> candidacies.findByNipAndElection(nip, election))
                .chain(existing -> {
                    if (existing != null) {
                        throw Refusal.conflict("CANDIDACY_ALREADY_WATCHED", election);
                    }
                    Candidacy candidacy = newCandidacy(request, checked, submitter, channel, now);
                    Uni<CaseFile> d3 = candidacy.cltnStatus.activeInService() ? d3Cases.openOrJoin(candidacy, now)
                            : Uni.createFrom().nullItem();
                    return d3.chain(caseFile -> {
                        candidacy.caseId = caseFile == null ? null : caseFile.id;
                        List<Obligation> due = obligations.of(candidacy, List.of(), obligations.today(candidacy));
                        // a candidacy the rules ask nothing of (a PPPK running for president) has nothing to watch
                        candidacy.settle(due.stream().allMatch(Obligation::met), now);
                        return candidacies.persist(candidacy)
                                .chain(() -> caseSteps(candidacy, caseFile, now))
                                .chain(() -> outbox.record(registered(candidacy, caseFile, due, now)))
                                .invoke(() -> LOG.infof("Candidacy %s (%s %s, region %s) filed by %s; D3 case %s%s",
                                        candidacy.id, election, candidacy.contestCode, candidacy.regionCode,
                                        submitter, caseFile == null ? "none" : caseFile.caseNumber,
                                        candidacy.d5FlaggedAt == null ? "" : "; flagged D5"))
                                .replaceWith(candidacy);
                    });
                });
    }

    private Candidacy newCandidacy(CandidacyRequest request, CandidacyChecks.Checked checked, String submitter,
            Channel channel, Instant now) {
        Candidacy candidacy = new Candidacy();
        candidacy.id = Ids.uuidV7();
        candidacy.regionCode = request.asn().regionCode();
        candidacy.electionCode = checked.election().code();
        candidacy.contestCode = request.contestCode();
        candidacy.asnName = request.asn().name();
        candidacy.asnNip = request.asn().nip();
        candidacy.asnKind = checked.asnKind();
        candidacy.asnPosition = request.asn().position();
        candidacy.asnAgency = request.asn().agency();
        candidacy.independent = Boolean.TRUE.equals(request.independent());
        candidacy.party = candidacy.independent ? null : request.party();
        candidacy.registeredOn = request.registeredOn();
        candidacy.cltnStatus = CltnStatus.valueOf(request.cltnStatus());
        String evidence = request.partyMembershipEvidence();
        candidacy.partyMembershipEvidence = evidence == null || evidence.isBlank() ? null : evidence;
        if (candidacy.partyMembershipEvidence != null) {
            candidacy.flagD5(Candidacy.FILING, now);
        }
        candidacy.channel = channel.name();
        candidacy.filedBy = submitter;
        // an organisation files, not a person; its pseudonym stands where a report's reporter reference would
        candidacy.filerRef = vault.pseudonym("filer:" + submitter);
        candidacy.watchStatus = WatchStatus.WATCHING;
        candidacy.filedAt = now;
        candidacy.updatedAt = now;
        return candidacy;
    }

    /** The steps the D3 case's timeline shows: codes and dates only, as the reporter's tracking page shows them too. */
    private Uni<Void> caseSteps(Candidacy candidacy, CaseFile caseFile, Instant now) {
        if (caseFile == null) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> steps = timeline.record(caseFile.id, "CANDIDACY_REGISTERED", now, "intake",
                candidacy.electionCode + " " + candidacy.contestCode);
        if (candidacy.d5FlaggedAt != null) {
            steps = steps.chain(() -> timeline.record(caseFile.id, "CANDIDACY_D5_FLAGGED", now, "intake", null));
        }
        return steps;
    }

    private static CandidacyRegistered registered(Candidacy c, CaseFile caseFile, List<Obligation> due, Instant now) {
        return new CandidacyRegistered(c.id, c.regionCode, c.electionCode, c.contestCode, c.channel, c.registeredOn,
                c.cltnStatus.name(), c.d5FlaggedAt != null, caseFile == null ? null : caseFile.id,
                caseFile == null ? null : caseFile.caseNumber,
                due.stream().map(o -> new CandidacyRegistered.Obligation(o.code(), o.dueOn(), o.confidence()))
                        .toList(),
                now);
    }

    /** Rebuilt from what is stored, so that a retry gets the same watch as the first call. */
    private Uni<CandidacyReceipt> receipt(Candidacy candidacy, Locale locale) {
        Uni<CaseFile> caseFile = candidacy.caseId == null ? Uni.createFrom().nullItem()
                : cases.findById(candidacy.caseId);
        return caseFile.map(this::visible).chain(d3 -> documents.forCandidacy(candidacy.id).map(filed -> {
            List<Obligation> now = obligations.of(candidacy, filed, obligations.today(candidacy));
            List<CandidacyReceipt.Notice> notes = new ArrayList<>();
            if (d3 != null) {
                // a case this watch opened has no report of its own: the filing's channel stands in for one
                String code = candidacy.id.equals(d3.candidacyId) && d3.originChannel != null ? "D3_CASE_OPENED"
                        : "D3_CASE_JOINED";
                notes.add(new CandidacyReceipt.Notice(code, Messages.text(locale, "notice." + code, d3.caseNumber)));
            }
            if (candidacy.d5FlaggedAt != null) {
                notes.add(new CandidacyReceipt.Notice("D5_FLAGGED", Messages.text(locale, "notice.D5_FLAGGED")));
            }
            if (now.stream().anyMatch(o -> !"C".equals(o.confidence()))) {
                notes.add(new CandidacyReceipt.Notice("RULES_NOT_SETTLED",
                        Messages.text(locale, "notice.RULES_NOT_SETTLED")));
            }
            return new CandidacyReceipt(candidacy.id, candidacy.regionCode, candidacy.electionCode,
                    candidacy.contestCode, candidacy.registeredOn, candidacy.watchStatus.name(),
                    d3 == null ? null : d3.caseNumber, candidacy.d5FlaggedAt != null,
                    now.stream().map(o -> ObligationView.of(o, locale)).toList(), notes);
        }));
    }

    /** Watches in the caller's scope, by filing order; each with its obligations counted on today's calendar. */
    @WithSession
    public Uni<CandidacyPage> list(CandidacyFilter filter) {
        return candidacies.list(caller.listScope(), filter, filter.limit() + 1).chain(found -> {
            List<Candidacy> page = found.stream().limit(filter.limit()).toList();
            Set<UUID> caseIds = page.stream().map(c -> c.caseId).filter(id -> id != null).collect(Collectors.toSet());
            Uni<Map<UUID, CaseFile>> d3 = caseIds.isEmpty() ? Uni.createFrom().item(Map.of())
                    : cases.list("id in ?1", caseIds).map(
                            linked -> linked.stream().collect(Collectors.toMap(c -> c.id, Function.identity())));
            return d3.chain(byId -> documents.forCandidacies(page.stream().map(c -> c.id).toList()).map(filed -> {
                List<CandidacyPage.Item> items = page.stream().map(c -> {
                    List<Obligation> now = obligations.of(c, filed.getOrDefault(c.id, List.of()),
                            obligations.today(c));
                    CaseFile caseFile = c.caseId == null ? null : visible(byId.get(c.caseId));
                    return new CandidacyPage.Item(c.id, c.regionCode, c.electionCode, c.contestCode, c.registeredOn,
                            c.cltnStatus.name(), c.watchStatus.name(),
                            (int) now.stream().filter(o -> !o.met()).count(),
                            (int) now.stream().filter(o -> o.status() == ObligationStatus.OVERDUE).count(),
                            caseFile == null ? null : caseFile.caseNumber, c.d5FlaggedAt != null, c.filedAt);
                }).toList();
                UUID next = found.size() > filter.limit() ? page.get(page.size() - 1).id : null;
                return new CandidacyPage(items, next);
            }));
        });
    }

    /** The watch; one of another region answers like a missing one. */
    @WithSession
    public Uni<CandidacyView> get(UUID candidacyId, Locale locale) {
        return candidacies.findById(candidacyId).chain(candidacy -> {
            caller.visible(candidacy, c -> c.regionCode, "CANDIDACY_NOT_FOUND", candidacyId);
            Uni<CaseFile> caseFile = candidacy.caseId == null ? Uni.createFrom().nullItem()
                    : cases.findById(candidacy.caseId);
            return caseFile.map(this::visible).chain(d3 -> documents.forCandidacy(candidacy.id)
                    .chain(filed -> holds.holding(candidacy)
                            .chain(holding -> notices.forCandidacy(candidacy.id)
                                    .map(raised -> view(candidacy, d3, filed, holding, raised, locale)))));
        });
    }

    private CandidacyView view(Candidacy c, CaseFile d3, List<CandidacyDocument> filed, List<CaseFile> holding,
            List<CandidacyNotice> raised, Locale locale) {
        LocalDate today = obligations.today(c);
        CandidacyRules.Subject subject = obligations.subject(c);
        List<CandidacyView.Flag> flags = new ArrayList<>();
        if (c.d5FlaggedAt != null) {
            CandidacyRules.Flag basis = rules.flag("D5").orElse(new CandidacyRules.Flag(null, null));
            flags.add(new CandidacyView.Flag("D5", c.d5FlaggedAt, c.d5FlagSource,
                    Candidacy.FILING.equals(c.d5FlagSource) ? c.partyMembershipEvidence : null, basis.basis(),
                    basis.confidence()));
        }
        return new CandidacyView(c.id, c.regionCode, c.electionCode, subject.ruleKind(), c.contestCode,
                subject.candidateSettingDate(),
                new CandidacyView.AsnView(c.asnName, c.asnNip, c.asnKind.name(), c.asnPosition, c.asnAgency,
                        c.regionCode),
                c.party, c.independent, c.registeredOn, c.cltnStatus.name(), c.watchStatus.name(), c.channel,
                c.filerRef, c.filedAt,
                d3 == null ? null
                        : new CandidacyView.CaseLink(d3.caseNumber, d3.status.name(), StatusText.of(d3, locale)),
                flags,
                obligations.of(c, filed, today).stream().map(o -> ObligationView.of(o, locale)).toList(),
                filed.stream().map(d -> DocumentView.of(d, holds.hold(d, holding, locale))).toList(),
                raised.stream().map(n -> new CandidacyView.NoticeView(n.kind.name(), n.obligation, n.dueOn,
                        n.raisedAt)).toList());
    }

    /**
     * The watch's case if the caller may see its region, else none: another region's case does not exist for them.
     * A watch opens or joins cases of its own region only, so readers of the watch see it; a filer outside that
     * region learns no case number.
     */
    private CaseFile visible(CaseFile caseFile) {
        return caseFile == null || !caller.canSee(caseFile.regionCode) ? null : caseFile;
    }

}
