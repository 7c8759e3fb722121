package id.netra.intake.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the identity-view audit trail; {@code next} is the cursor of the following page. */
@Schema(name = "IdentityViewPage")
public record IdentityViewPage(List<Item> items,
        @Schema(nullable = true, description = "pass as `after` for the next page; null on the last page") UUID next) {

    /** One reveal: who, in which roles and region, when, which report, and the reason given. Never the identity. */
    @Schema(name = "IdentityViewAuditItem")
    public record Item(UUID id, Instant viewedAt, @Schema(example = "bawaslu.balikpapan") String viewedBy,
            @Schema(example = "[\"bawaslu\"]") List<String> viewerRoles, @Schema(example = "64.71") String viewerRegion,
            UUID reportId, @Schema(example = "64.71-2024-000001") String caseNumber, boolean confidential,
            @Schema(example = "Menghubungi pelapor untuk melengkapi laporan") String reason) {

        static Item of(IdentityView view) {
            return new Item(view.id, view.viewedAt, view.viewedBy, List.of(view.viewerRoles.split(",")),
                    view.viewerRegion, view.reportId, view.caseNumber, view.confidential, view.reason);
        }
    }
}
