package id.netra.intake.candidacy;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Messages;
import id.netra.kit.problem.Problem;
import id.netra.kit.security.Roles;

/** The candidacy watch: ASNs registered as candidates, what the law asks of them and by when, and their documents. */
@Path("/api/v1/candidacies")
@Authenticated
@Tag(name = "Candidacies", description = "ASNs registered as candidates: what the law asks of them, by when, and their documents")
@SecurityRequirement(name = "netra-oidc")
public class CandidacyResource {

    static final String REQUEST_EXAMPLE = """
            {"electionCode":"PEMILU_2024","contestCode":"DPRD",
             "asn":{"name":"Budi Santoso","nip":"196608011988031001","position":"Sekretaris Dinas",
               "agency":"Dinas Pendidikan Kota Balikpapan","regionCode":"64.71"},
             "party":"Partai Contoh","registeredOn":"2023-05-10","cltnStatus":"NONE"}""";
    static final String RECEIPT_EXAMPLE = """
            {"candidacyId":"0188155c-1f4e-7a51-9d0e-3c2b1a000001","regionCode":"64.71","electionCode":"PEMILU_2024",
             "contestCode":"DPRD","registeredOn":"2023-05-10","watchStatus":"WATCHING",
             "caseNumber":"64.71-2023-000001","d5Flagged":false,
             "obligations":[{"code":"RESIGNATION_LETTER","title":"Surat pengunduran diri sebagai ASN",
               "status":"OVERDUE","anchor":"REGISTRATION","dueOn":"2023-05-10","provisional":false,"late":false,
               "basis":"UU 7/2017 Pasal 240 ayat (1) huruf k (DPD: Pasal 182 huruf k); PKPU 10/2023",
               "confidence":"P","confidenceText":"Sebagian terkonfirmasi (sumber sekunder); aturan ini konfigurasi, bukan hukum yang pasti"},
              {"code":"DISMISSAL_WITH_HONOUR","title":"Pemberhentian dengan hormat sebagai PNS",
               "status":"OPEN","anchor":"CANDIDATE_SETTING","dueOn":"2023-11-30","provisional":false,"late":false,
               "basis":"PP 11/2017 jo. PP 17/2020 Pasal 254","confidence":"C","confidenceText":"Terkonfirmasi"}],
             "notices":[{"code":"D3_CASE_OPENED","text":"Perkara 64.71-2023-000001 (D3) dibuka untuk kajian awal Bawaslu."}]}""";
    static final String INVALID_EXAMPLE = """
            {"type":"urn:netra:problem:VALIDATION_FAILED","title":"Permintaan tidak valid","status":400,
             "detail":"Data yang dikirim tidak valid. Periksa kolom yang disebutkan.","code":"VALIDATION_FAILED",
             "errors":[{"field":"contestCode","code":"CONTEST_UNKNOWN","message":"Kontestasi tidak dikenal untuk pemilihan PEMILU_2024; pilih salah satu dari PRESIDEN, DPR, DPD, DPRD."},
               {"field":"party","code":"PARTY_REQUIRED","message":"Sebutkan partai pengusung, atau isi independent true untuk calon perseorangan."}]}""";
    static final String PAGE_EXAMPLE = """
            {"items":[{"candidacyId":"0188155c-1f4e-7a51-9d0e-3c2b1a000001","regionCode":"64.71",
             "electionCode":"PEMILU_2024","contestCode":"DPRD","registeredOn":"2023-05-10","cltnStatus":"NONE",
             "watchStatus":"WATCHING","openObligations":4,"overdueObligations":3,"caseNumber":"64.71-2023-000001",
             "d5Flagged":false,"filedAt":"2023-05-15T02:00:00Z"}],"next":null}""";
    static final String VIEW_EXAMPLE = """
            {"candidacyId":"0188155c-1f4e-7a51-9d0e-3c2b1a000001","regionCode":"64.71","electionCode":"PEMILU_2024",
             "ruleKind":"PEMILU","contestCode":"DPRD","candidateSettingDate":"2023-11-03",
             "asn":{"name":"Budi Santoso","nip":"196608011988031001","kind":"PNS","position":"Sekretaris Dinas",
               "agency":"Dinas Pendidikan Kota Balikpapan","regionCode":"64.71"},
             "party":"Partai Contoh","independent":false,"registeredOn":"2023-05-10","cltnStatus":"NONE",
             "watchStatus":"WATCHING","channel":"PARTNER","filedBy":"kipp-balikpapan","filedAt":"2023-05-15T02:00:00Z",
             "d3Case":{"caseNumber":"64.71-2023-000001","status":"KAJIAN_AWAL","statusText":"Dalam kajian awal Bawaslu"},
             "flags":[],
             "obligations":[{"code":"DISMISSAL_WITH_HONOUR","title":"Pemberhentian dengan hormat sebagai PNS",
               "status":"OPEN","anchor":"CANDIDATE_SETTING","dueOn":"2023-11-30","provisional":false,"late":false,
               "basis":"PP 11/2017 jo. PP 17/2020 Pasal 254","confidence":"C","confidenceText":"Terkonfirmasi"}],
             "documents":[{"documentId":"0189a7e2-7c00-7d3e-8f00-5a6b7c000002",
               "candidacyId":"0188155c-1f4e-7a51-9d0e-3c2b1a000001","type":"EXIT_REQUEST","exitKind":"EARLY_RETIREMENT",
               "documentDate":"2023-11-07","fileName":"permohonan-pensiun-dini.pdf","contentType":"application/pdf",
               "sizeBytes":48211,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
               "uploadedBy":"ppk.balikpapan","uploadedAt":"2023-11-07T02:00:00Z",
               "hold":{"held":true,"caseNumbers":["64.71-2023-000001"],"heldUntil":null,"basis":"no primary text found",
                 "confidence":"U","text":"Ditahan selama perkara netralitas tentang NIP ini masih berjalan; permohonan ini tidak menghentikan perkara."}}],
             "notices":[{"kind":"OVERDUE","obligation":"RESIGNATION_LETTER","dueOn":"2023-05-10",
               "raisedAt":"2023-11-05T16:05:00Z"}]}""";
    static final String DOCUMENT_EXAMPLE = """
            {"documentId":"0189a7e2-7c00-7d3e-8f00-5a6b7c000002","candidacyId":"0188155c-1f4e-7a51-9d0e-3c2b1a000001",
             "type":"EXIT_REQUEST","exitKind":"EARLY_RETIREMENT","documentDate":"2023-11-07",
             "fileName":"permohonan-pensiun-dini.pdf","contentType":"application/pdf","sizeBytes":48211,
             "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "uploadedBy":"ppk.balikpapan","uploadedAt":"2023-11-07T02:00:00Z",
             "hold":{"held":true,"caseNumbers":["64.71-2023-000001"],"heldUntil":null,"basis":"no primary text found","confidence":"U",
               "text":"Ditahan selama perkara netralitas tentang NIP ini masih berjalan; permohonan ini tidak menghentikan perkara."}}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type":"urn:netra:problem:CANDIDACY_NOT_FOUND","title":"Tidak ditemukan","status":404,
             "detail":"Pemantauan pencalonan 0188155c-1f4e-7a51-9d0e-3c2b1a000001 tidak ditemukan.","code":"CANDIDACY_NOT_FOUND"}""";

    private final CandidacyService service;
    private final CandidacyDocuments documents;

    public CandidacyResource(CandidacyService service, CandidacyDocuments documents) {
        this.service = service;
        this.documents = documents;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.BAWASLU })
    @Operation(operationId = "fileCandidacy", summary = "File an ASN's registration as a candidate", description = "Checks everything at once (one "
            + "error per field), then watches the candidacy: its obligations with due days computed from the "
            + "contest's dates in the elections data and the candidacy rules (several of which are only partly "
            + "confirmed or unverified: see each obligation's confidence). Registered while active without unpaid "
            + "leave (cltnStatus NONE or REQUESTED), the ASN's D3 case is opened once (or the open D3 case of the "
            + "same NIP and act joined) and waits for Bawaslu's initial review; evidence of party membership flags "
            + "the watch for D5. An ASN is watched once per election (409). A retry with the same Idempotency-Key "
            + "and body returns the same watch and stores nothing new.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidacyRequest.class), examples = @ExampleObject(name = "bacaleg DPRD", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Watched", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidacyReceipt.class), examples = @ExampleObject(name = "D3 case opened", value = RECEIPT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid filing, one entry per field (VALIDATION_FAILED: BODY_REQUIRED, ELECTION_UNKNOWN, ELECTION_NOT_SCHEDULED, CONTEST_CODE, CONTEST_UNKNOWN, REGISTRATION_OUTSIDE_ELECTION, REGION_OUTSIDE_ELECTION, DATE_IN_FUTURE, DATE_TOO_EARLY, PARTY_REQUIRED, PARTY_WITH_INDEPENDENT, CLTN_STATUS, NOT_BLANK, NOT_NULL, SIZE, REGION_FORMAT, REGION_UNKNOWN, NIP_LENGTH, NIP_NOT_DIGITS, NIP_BIRTH_DATE, NIP_APPOINTMENT_MONTH, NIP_APPOINTMENT_BEFORE_18, NIP_GENDER, NIP_SEQUENCE; IDEMPOTENCY_KEY_FORMAT for a malformed Idempotency-Key), or a value of the wrong JSON type (BODY_UNREADABLE)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Role may not file: only partner and bawaslu do", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The ASN is already watched in this election (CANDIDACY_ALREADY_WATCHED), or the D3 case was changed at the same moment (CONCURRENT_UPDATE; retry with the same key)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "already watched", value = "{\"type\":\"urn:netra:problem:CANDIDACY_ALREADY_WATCHED\",\"title\":\"Konflik\",\"status\":409,\"code\":\"CANDIDACY_ALREADY_WATCHED\"}")))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "key reused", value = "{\"type\":\"urn:netra:problem:IDEMPOTENCY_KEY_REUSED\",\"title\":\"Tidak dapat diproses\",\"status\":422,\"code\":\"IDEMPOTENCY_KEY_REUSED\"}")))
    public Uni<Response> file(
            @Parameter(description = "makes retries safe: the same key and body give the same watch", schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = "[A-Za-z0-9._:-]{1,100}")) @HeaderParam("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "{netra.validation.IDEMPOTENCY_KEY_FORMAT}") String idempotencyKey,
            CandidacyRequest request, @Context HttpHeaders headers) {
        return service.file(request, idempotencyKey, Messages.locale(headers))
                .map(receipt -> Response.status(Response.Status.CREATED).entity(receipt).build());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.PEMDA, Roles.ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listCandidacies", summary = "List the watches visible to the caller", description = "Region-scoped like cases (a "
            + "province sees its kabupaten/kota, national roles see all; a `region` outside the caller's scope gives "
            + "an empty page), oldest filing first, keyset-paginated: pass the page's `next` as `after`. Items carry "
            + "no name and no NIP; each counts its open and overdue obligations as of today in its region.")
    @APIResponse(responseCode = "200", description = "A page of watches", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidacyPage.class), examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid filter (VALIDATION_FAILED), one entry per parameter: INVALID_REGION, CODE_FILTER_INVALID, INVALID_VALUE (status), INVALID_CURSOR, LIMIT_RANGE; NIP_NOT_IN_URL for a nip parameter (search by NIP with POST /api/v1/candidacies/search)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read watches: only bawaslu, bkn, ppk, pemda, admin and auditor do", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CandidacyPage> list(
            @Parameter(description = "region code; a province includes its kabupaten/kota", example = "64.71") @QueryParam("region") String region,
            @Parameter(description = "election code", example = "PEMILU_2024") @QueryParam("election") String election,
            @Parameter(hidden = true) @QueryParam("nip") String nip,
            @Parameter(description = "WATCHING: an obligation still to meet; SETTLED: every one met", schema = @Schema(enumeration = {
                    "WATCHING", "SETTLED" })) @QueryParam("status") String status,
            @Parameter(description = "the previous page's `next`", schema = @Schema(format = "uuid")) @QueryParam("after") String after,
            @Parameter(description = "page size, 1-200, default 50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        return service.list(CandidacyFilter.parse(region, election, nip, status, after, limit));
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.PEMDA, Roles.ADMIN, Roles.AUDITOR })
    @Operation(operationId = "searchCandidacies", summary = "Find an ASN's watches by NIP", description = "The NIP goes in the body, so that no address "
            + "(kept in access logs, proxies and histories) names who is watched. Region-scoped like the list: a "
            + "watch outside the caller's scope is not found. An ASN is watched at most once per election, so the "
            + "page holds every match and `next` is null.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidacySearch.class), examples = @ExampleObject(name = "by NIP", value = "{\"nip\":\"196608011988031001\",\"electionCode\":\"PEMILU_2024\"}")))
    @APIResponse(responseCode = "200", description = "The ASN's watches the caller may see", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidacyPage.class), examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid search (VALIDATION_FAILED: NIP_FILTER_INVALID, CODE_FILTER_INVALID; BODY_REQUIRED without a body), or a value of the wrong JSON type (BODY_UNREADABLE)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read watches: only bawaslu, bkn, ppk, pemda, admin and auditor do", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CandidacyPage> search(@Valid @NotNull(message = "{netra.validation.BODY_REQUIRED}") CandidacySearch search) {
        return service.list(CandidacyFilter.of(search));
    }

    @GET
    @Path("/{candidacyId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BAWASLU, Roles.BKN, Roles.PPK, Roles.PEMDA, Roles.ADMIN, Roles.AUDITOR })
    @Operation(operationId = "getCandidacy", summary = "A watch: its obligations, documents, D3 case, D5 flag and notices", description = "Each "
            + "obligation shows MET, OPEN or OVERDUE as of today in the watch's region, its due day and its legal "
            + "basis with the rule's confidence. An exit request shows whether it is held by an open case about the "
            + "same NIP.")
    @APIResponse(responseCode = "200", description = "The watch", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidacyView.class), examples = @ExampleObject(name = "the bacaleg story after the DCT", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Role may not read watches", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such watch in the caller's region", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public Uni<CandidacyView> get(
            @Parameter(description = "the watch's id", schema = @Schema(format = "uuid")) @PathParam("candidacyId") UUID candidacyId,
            @Context HttpHeaders headers) {
        return service.get(candidacyId, Messages.locale(headers));
    }

    @POST
    @Path("/{candidacyId}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PPK, Roles.BKN, Roles.PEMDA })
    @Operation(operationId = "attachCandidacyDocument", summary = "File a document of a watch", description = "For the PPK, BKN and the regional government "
            + "of the watch's region. Stored like evidence: the type is read from the file's content, the answer "
            + "carries the SHA-256; the same file of the same type sent again is a retry (200, the document filed "
            + "first). The first document that meets an obligation meets it (late when dated after the "
            + "due day) and raises candidacy.obligation_met once; a PARTY_MEMBERSHIP document flags the watch for "
            + "D5; an EXIT_REQUEST is held while a neutrality case about the same NIP is open and never closes it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = DocumentUploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class), examples = @ExampleObject(name = "an early-retirement request, held", value = DOCUMENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The same file of the same type, date, number and exit kind was filed before: that document, unchanged; nothing stored or raised", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class), examples = @ExampleObject(name = "a retry", value = DOCUMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A form field missing or wrong (VALIDATION_FAILED: DOCUMENT_TYPE_REQUIRED, INVALID_VALUE, DOCUMENT_DATE_REQUIRED, INVALID_DATE, DATE_IN_FUTURE, DATE_TOO_EARLY, EXIT_KIND_REQUIRED, EXIT_KIND_NOT_ALLOWED, DOCUMENT_NUMBER_FORMAT), no file (FILE_REQUIRED), more than one (ONE_FILE_PER_REQUEST), an empty file (FILE_EMPTY) or a broken form", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not file documents: only ppk, bkn and pemda do", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such watch in the caller's region", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The same file was filed with the same type but another date, number or exit kind (DOCUMENT_ALREADY_FILED: a filed document is not changed), or the watch was changed at the same moment (CONCURRENT_UPDATE; send the document again)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "File larger than the limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a multipart form, or a file of a type not accepted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> attach(
            @Parameter(description = "the watch's id", schema = @Schema(format = "uuid")) @PathParam("candidacyId") UUID candidacyId,
            @RestForm String type, @RestForm String documentDate, @RestForm String documentNumber,
            @RestForm String exitKind, @RestForm(FileUpload.ALL) List<FileUpload> files, @Context HttpHeaders headers) {
        return documents.attach(candidacyId, new CandidacyDocuments.Form(type, documentDate, documentNumber, exitKind),
                files, Messages.locale(headers))
                .map(filed -> Response.status(filed.repeated() ? Response.Status.OK : Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON_TYPE).entity(filed.document()).build());
    }
}
