package id.netra.sanction.recommendation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The neutrality task force's level for an act outside the catalogue (D13), with its reason. */
@Schema(name = "LevelRequest")
public record LevelRequest(
        @Schema(description = "a level of the sanction ladder", required = true, enumeration = {
                "MORAL", "RINGAN", "SEDANG",
                "BERAT", "PTDH" }, example = "SEDANG") String level,
        @Schema(description = "why the task force chose this level", required = true, maxLength = 4000, example = "Menggunakan fasilitas dinas untuk acara yang menguntungkan calon; Satgas menilai setara D12 tetapi berskala kecil.") String reason){
}
