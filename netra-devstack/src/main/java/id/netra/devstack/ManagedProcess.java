package id.netra.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A child process of the suite with its pid file and log file, stopped or killed together with its descendants. */
final class ManagedProcess {

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    // setsid keeps Ctrl-C in the launcher's terminal away from the children, so the launcher stops them in order
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Path pidFile;
    private final Path logFile;
    private final String marker;
    private final Consumer<String> progress;
    private volatile Process process;
    private volatile boolean stopping;
    private volatile boolean wrapped;

    /**
     * @param marker a string in the command line (e.g. a path inside the data directory) that proves a process
     *        found through a leftover pid file is really ours and not a recycled pid
     */
    ManagedProcess(String name, Path pidFile, Path logFile, String marker, Consumer<String> progress) {
        this.name = name;
        this.pidFile = pidFile;
        this.logFile = logFile;
        this.marker = marker;
        this.progress = progress;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** Launched here and not stopped or killed here, but no longer alive. */
    boolean diedUnexpectedly() {
        Process p = process;
        // alive first: stop() and kill() set stopping before they end the process, so a dead process read before
        // stopping was set really died by itself
        return p != null && !p.isAlive() && !stopping;
    }

    /**
     * The program's pid (what a person sees in {@code ps} and would kill). setsid replaces itself with the program
     * unless it had to fork (when it led a process group); then the program is its one child.
     */
    OptionalLong programPid() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return OptionalLong.empty();
        }
        ProcessHandle root = p.toHandle();
        if (!wrapped || !commandLine(root).startsWith(SETSID.toString())) {
            return OptionalLong.of(root.pid());
        }
        return root.children().findFirst().map(child -> OptionalLong.of(child.pid())).orElse(OptionalLong.empty());
    }

    Optional<Integer> exitCode() {
        Process p = process;
        return p == null || p.isAlive() ? Optional.empty() : Optional.of(p.exitValue());
    }

    /** Starts the command with its output appended to the log file; first ends a process left by a crashed run. */
    void launch(List<String> command, Map<String, String> environment, Path workingDirectory) {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        reapLeftover();
        List<String> fullCommand = new ArrayList<>();
        wrapped = Files.isExecutable(SETSID);
        if (wrapped) {
            fullCommand.add(SETSID.toString());
            fullCommand.add("--wait");
        }
        fullCommand.addAll(command);
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(pidFile.getParent());
            Files.writeString(logFile, "=== " + Instant.now() + " starting " + name + ": " + describe(command)
                    + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(fullCommand)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()))
                    .redirectInput(Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(environment);
            stopping = false;
            Process started = builder.start();
            process = started;
            Files.writeString(pidFile, Long.toString(started.pid()), StandardCharsets.UTF_8);
            started.onExit().thenAccept(exited -> {
                if (!stopping && process == exited) {
                    progress.accept("WARNING: " + name + " exited unexpectedly with code " + exited.exitValue()
                            + "; see " + logFile);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** The command for the log, with a class path shortened: hundreds of jar paths would drown the log. */
    private static String describe(List<String> command) {
        return command.stream()
                .map(part -> part.length() > 300 ? part.substring(0, 120) + "...(" + part.length() + " chars)" : part)
                .collect(Collectors.joining(" "));
    }

    /**
     * Sends SIGTERM to the process, waits up to the grace period, then kills whatever of its tree is left; whether it
     * ended within the grace period.
     */
    boolean stop(Duration grace) {
        Process p = process;
        if (p == null) {
            return true;
        }
        stopping = true;
        boolean ended = terminate(p.toHandle(), grace);
        forget();
        return ended;
    }

    /** SIGKILL for the process and all its descendants. */
    void kill() {
        Process p = process;
        if (p == null) {
            return;
        }
        stopping = true;
        killTree(p.toHandle());
        forget();
    }

    OptionalLong residentMemoryKiB() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return OptionalLong.empty();
        }
        return residentMemoryKiB(p.toHandle());
    }

    /** The last lines of the log, for error messages. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
                    .collect(Collectors.joining(System.lineSeparator()));
        } catch (IOException | UncheckedIOException e) {
            return "(log " + logFile + " unreadable: " + e.getMessage() + ")";
        }
    }

    private void forget() {
        process = null;
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // a stale pid file is harmless: the marker check refuses to touch a process that is not ours
        }
    }

    /** Ends the process a crashed run left behind, found by the pid file and proven ours by the marker. */
    void reapLeftover() {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> commandLine(handle).contains(marker))
                    .ifPresent(handle -> {
                        progress.accept("stopping " + name + " left over by an earlier run (pid " + pid + ")");
                        terminate(handle, Duration.ofSeconds(30));
                    });
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            progress.accept("WARNING: ignoring unreadable pid file " + pidFile + ": " + e.getMessage());
        }
    }

    /**
     * The full command line. Read from /proc first: the JDK's {@code ProcessHandle.Info} gives up on very long ones such
     * as Kafka's class path.
     */
    static String commandLine(ProcessHandle handle) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(handle.pid()), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | UncheckedIOException e) {
            return handle.info().commandLine().orElse("");
        }
    }

    static boolean terminate(ProcessHandle root, Duration grace) {
        // snapshot first: once the root is gone its children are re-parented and no longer its descendants
        Set<ProcessHandle> tree = tree(root);
        root.destroy();
        boolean ended = awaitExit(root, grace);
        if (!ended) {
            tree.addAll(tree(root));
        }
        killAll(tree);
        return ended;
    }

    static void killTree(ProcessHandle root) {
        Set<ProcessHandle> tree = tree(root);
        killAll(tree);
    }

    static OptionalLong residentMemoryKiB(ProcessHandle root) {
        long total = 0;
        boolean found = false;
        for (ProcessHandle handle : tree(root)) {
            Path status = Path.of("/proc", Long.toString(handle.pid()), "status");
            try {
                for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                    if (line.startsWith("VmRSS:")) {
                        total += Long.parseLong(line.replaceAll("[^0-9]", ""));
                        found = true;
                    }
                }
            } catch (IOException | UncheckedIOException | NumberFormatException e) {
                // the process ended meanwhile, or this is no Linux: count what can be read
            }
        }
        return found ? OptionalLong.of(total) : OptionalLong.empty();
    }

    private static Set<ProcessHandle> tree(ProcessHandle root) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        return tree;
    }

    private static void killAll(Set<ProcessHandle> handles) {
        handles.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        handles.forEach(handle -> awaitExit(handle, KILL_WAIT));
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }
}
