package id.netra.intake.evidence;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form of an upload, for the API document only. */
@Schema(name = "EvidenceUpload", requiredProperties = "file")
public class EvidenceUploadForm {

    @Schema(type = SchemaType.STRING, format = "binary", description = "exactly one file; its type is read from its "
            + "content (JPEG, PNG, GIF, WebP, PDF, MP4, QuickTime, DOCX, XLSX, ODT), at most netra.evidence.max-size (20 MB)")
    public String file;
}
