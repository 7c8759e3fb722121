package id.netra.intake.candidacy;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form of a watch's document, for the API document only. */
@Schema(name = "CandidacyDocumentUpload", requiredProperties = { "file", "type", "documentDate" })
public class DocumentUploadForm {

    @Schema(type = SchemaType.STRING, format = "binary", description = "exactly one file; its type is read from its "
            + "content (a scan as PDF, JPEG, PNG, GIF or WebP, or DOCX, XLSX, ODT), at most netra.evidence.max-size")
    public String file;

    @Schema(enumeration = { "RESIGNATION_LETTER", "RESIGNATION_RECEIPT", "DISMISSAL_DECREE", "CLTN_DECREE",
            "EXIT_REQUEST", "PARTY_MEMBERSHIP" }, description = "what the document is")
    public String type;

    @Schema(format = "date", example = "2023-11-07", description = "the date the letter or decree bears (YYYY-MM-DD), "
            + "not after today in the watch's region: an obligation is met on it")
    public String documentDate;

    @Schema(example = "800/123/BKPSDM", maxLength = 100, description = "the letter's or decree's number")
    public String documentNumber;

    @Schema(enumeration = { "EARLY_RETIREMENT", "RESIGNATION" }, description = "required for an EXIT_REQUEST, "
            + "refused for any other type")
    public String exitKind;
}
