package id.netra.intake.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The intake rules that are policy, not law: windows for joining reports, trusted finders, completion limits, and
 * where the candidacy watch's rules come from.
 */
@ConfigMapping(prefix = "netra.intake")
public interface IntakeConfig {

    /** A report about the same NIP and violation whose act lies within this many days joins the existing case. */
    @WithDefault("7")
    int sameActWindowDays();

    /** Cases without a NIP whose acts lie within this many days are suggested as likely duplicates. */
    @WithDefault("7")
    int duplicateWindowDays();

    /** Machine clients (with roles partner and bawaslu) whose BAWASLU_FINDING reports are registered directly. */
    @WithDefault("bawaslu-monitor")
    List<String> trustedFindingPartners();

    /** Days for the initial review when an election's rules name none. */
    @WithDefault("2")
    int initialReviewFallbackDays();

    /** How often the review deadlines are swept ({@code off} in tests, which call the sweep themselves). */
    @WithDefault("1m")
    String deadlineSweepEvery();

    /** The latest completion deadline a reviewer may set, in days from today. */
    @WithDefault("14")
    int completionMaxDays();

    /**
     * When the candidacy watch's sweep raises due and overdue notices (a cron in WIB; {@code off} in tests, which call
     * the sweep themselves). Read by the scheduler as {@code netra.intake.candidacy-sweep-cron}.
     */
    @WithDefault("0 5 0 * * ?")
    String candidacySweepCron();

    /** A file replacing the shipped candidacy rules ({@code netra/rules/candidacy.yaml}), e.g. once a rule settles. */
    Optional<String> candidacyRulesFile();
}
