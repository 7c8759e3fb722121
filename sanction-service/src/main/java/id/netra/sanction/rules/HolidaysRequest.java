package id.netra.sanction.rules;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's SKB list of holidays and cuti bersama, or regional days off (a re-run's voting day). */
@Schema(name = "HolidaysRequest", description = "With year: that year's complete national list, replacing an earlier one (an amended SKB is loaded whole again); without: regional days off (LIBUR_DAERAH) to add")
public record HolidaysRequest(
        @Schema(example = "2027") Integer year,
        @Schema(required = true) List<Day> days) {

    public record Day(
            @Schema(required = true, example = "2027-03-10") LocalDate date,
            @Schema(required = true, enumeration = {
                    "LIBUR_NASIONAL", "CUTI_BERSAMA", "LIBUR_DAERAH" }) String kind,
            @Schema(required = true, maxLength = 200, example = "Hari Raya Idul Fitri") String name,
            @Schema(required = true, maxLength = 500, description = "the act that sets the day", example = "SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama 2027") String source,
            @Schema(description = "LIBUR_DAERAH only: the region whose offices close", example = "72.08") String regionCode){
    }
}
