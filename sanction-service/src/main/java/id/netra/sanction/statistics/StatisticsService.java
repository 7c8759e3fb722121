package id.netra.sanction.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import id.netra.kit.region.Region;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.security.Caller;
import id.netra.sanction.rules.Stage;
import id.netra.sanction.statistics.Statistics.CodeCounts;
import id.netra.sanction.statistics.Statistics.Counts;
import id.netra.sanction.statistics.Statistics.ElectionCounts;
import id.netra.sanction.statistics.Statistics.ProvinceCounts;
import id.netra.sanction.statistics.Statistics.RegionCounts;
import id.netra.sanction.statistics.Statistics.StageCounts;

/** Counts the concluded cases the caller may see, and rolls kabupaten/kota up to their province. */
@ApplicationScoped
public class StatisticsService {

    private final StatisticsRepository repository;
    private final Caller caller;
    private final Clock clock;
    private final RegionCatalog regions;

    public StatisticsService(StatisticsRepository repository, Caller caller, Clock clock, RegionCatalog regions) {
        this.regions = regions;
        this.repository = repository;
        this.caller = caller;
        this.clock = clock;
    }

    @WithSession
    public Uni<Statistics> statistics(StatisticsQuery query) {
        String scope = caller.listScope();
        Instant now = clock.instant();
        return repository.countsByElectionAndRegion(scope, query)
                .chain(regionRows -> repository.undecidedOverdue(scope, query, now)
                        .chain(overdueRows -> repository.countsByViolation(scope, query)
                                .chain(codeRows -> repository.countsByStage(scope, query)
                                        .map(stageRows -> build(scope, query, now, regionRows, overdueRows, codeRows,
                                                stageRows)))));
    }

    private Statistics build(String scope, StatisticsQuery query, Instant now, List<Object[]> regionRows,
            List<Object[]> overdueRows, List<Object[]> codeRows, List<Object[]> stageRows) {
        // overdue: decided after the due day or undecided with its notice raised (tallied), or undecided past the due day
        // without a notice yet (counted now)
        Map<List<String>, Long> undecidedOverdue = new LinkedHashMap<>();
        for (Object[] row : overdueRows) {
            undecidedOverdue.put(List.of((String) row[0], (String) row[1]), number(row[2]));
        }
        List<RegionCounts> byRegion = new ArrayList<>();
        Map<String, Counts> byElection = new LinkedHashMap<>();
        Map<List<String>, Counts> byProvince = new LinkedHashMap<>();
        Counts totals = Counts.ZERO;
        for (Object[] row : regionRows) {
            String election = (String) row[0];
            String region = (String) row[1];
            long overdue = number(row[6]) + undecidedOverdue.getOrDefault(List.of(election, region), 0L);
            Counts counts = new Counts(number(row[2]), number(row[3]), number(row[4]), number(row[5]), overdue,
                    number(row[7]));
            String province = region.substring(0, 2);
            byRegion.add(new RegionCounts(election, province, name(regions, province), region, name(regions, region),
                    counts));
            byElection.merge(election, counts, Counts::plus);
            byProvince.merge(List.of(election, province), counts, Counts::plus);
            totals = totals.plus(counts);
        }
        List<CodeCounts> byCode = codeRows.stream()
                .map(row -> new CodeCounts((String) row[0], (Stage) row[1], number(row[2]))).toList();
        List<StageCounts> byStage = stageRows.stream().map(row -> new StageCounts((Stage) row[0], number(row[1])))
                .toList();
        return new Statistics(scope, query.election(), query.region(), now, totals,
                byElection.entrySet().stream().map(e -> new ElectionCounts(e.getKey(), e.getValue())).toList(),
                byProvince.entrySet().stream().map(e -> new ProvinceCounts(e.getKey().get(0), e.getKey().get(1),
                        name(regions, e.getKey().get(1)), e.getValue())).toList(),
                byRegion, byCode, byStage);
    }

    private static String name(RegionCatalog regions, String code) {
        return regions.find(code).map(Region::name).orElse(null);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * The kabupaten/kota rows and the province roll-up as one CSV table (RFC 4180, UTF-8): a province row has no
     * region code, so a spreadsheet can filter on either level.
     */
    public static String csv(Statistics statistics) {
        StringBuilder out = new StringBuilder(
                "level,electionCode,provinceCode,provinceName,regionCode,regionName,cases,proven,notProven,"
                        + "sanctioned,overdue,blocked\r\n");
        for (ProvinceCounts province : statistics.byProvince()) {
            line(out, "PROVINCE", province.electionCode(), province.provinceCode(), province.provinceName(), "", "",
                    province.counts());
            for (RegionCounts region : statistics.byRegion()) {
                if (region.electionCode().equals(province.electionCode())
                        && region.provinceCode().equals(province.provinceCode())) {
                    line(out, "REGION", region.electionCode(), region.provinceCode(), region.provinceName(),
                            region.regionCode(), region.regionName(), region.counts());
                }
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String level, String election, String provinceCode,
            String provinceName, String regionCode, String regionName, Counts c) {
        out.append(String.join(",", level, cell(election), cell(provinceCode), cell(provinceName), cell(regionCode),
                cell(regionName), String.valueOf(c.cases()), String.valueOf(c.proven()), String.valueOf(c.notProven()),
                String.valueOf(c.sanctioned()), String.valueOf(c.overdue()), String.valueOf(c.blocked())))
                .append("\r\n");
    }

    // quoted when needed, and a leading formula character neutralised so that a spreadsheet never runs a cell
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
