package id.netra.intake.evidence;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where evidence files are kept and how large they may be. */
@ConfigMapping(prefix = "netra.evidence")
public interface EvidenceConfig {

    /** The folder of the local evidence storage; created at start if missing. */
    @WithDefault(".netra/evidence")
    String folder();

    /** The largest file accepted; a larger one is refused with 413 before anything is stored. */
    @WithDefault("20M")
    MemorySize maxSize();

    /** A stored file without an evidence row is deleted once it is older than this (a crash between write and commit). */
    @WithDefault("1h")
    Duration orphanAge();

    /** How often the orphan sweep runs (read by the scheduler as {@code netra.evidence.sweep-interval}). */
    @WithDefault("15m")
    Duration sweepInterval();
}
