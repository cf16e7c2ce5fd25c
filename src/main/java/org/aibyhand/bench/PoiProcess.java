package org.aibyhand.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.aibyhand.xlsx.PoiEvaluation;
import org.aibyhand.xlsx.PoiResult;

/**
 * Runs {@link PoiEvaluation} in a Java process of its own, for the scale workbooks: POI needs gigabytes for a
 * workbook of a million cells and may run out of memory or time, and a separate process can be stopped and
 * cannot disturb the measurements made in this one. The child has the same class path, maximum heap and default
 * stack size; it prints its result as one tab-separated line, which {@link #main} writes and {@link #run} reads.
 */
public final class PoiProcess {
    /** Time given to the child beyond the evaluation's own timeout: its start and POI's uninterruptible load. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private PoiProcess() {
    }

    /** The child: {@code FILE WARM_UP_MILLIS RUNS TIMEOUT_SECONDS}. */
    public static void main(String[] args) {
        PoiResult result = PoiEvaluation.run(Paths.get(args[0]), Duration.ofMillis(Long.parseLong(args[1])),
                Integer.parseInt(args[2]), Duration.ofSeconds(Long.parseLong(args[3])));
        System.out.println(encode(result));
        System.exit(0); // a worker still stuck in POI is a daemon, but say so plainly
    }

    static PoiResult run(Path file, Duration warmUp, int runs, Duration timeout) {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), PoiProcess.class.getName(),
                file.toAbsolutePath().toString(), String.valueOf(warmUp.toMillis()), String.valueOf(runs),
                String.valueOf(timeout.toSeconds())));
        Duration limit = timeout.plus(GRACE);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return failed(PoiResult.Status.TIMED_OUT, "timed out after " + limit.toSeconds() + " s (the POI process was stopped)");
            }
            String text = output.get();
            for (String line : text.split("\n")) {
                if (line.startsWith(PREFIX)) {
                    return decode(line);
                }
            }
            return failed(PoiResult.Status.FAILED, "the POI process ended (exit " + process.exitValue() + ") without a result: "
                    + lastLine(text));
        } catch (IOException | java.util.concurrent.ExecutionException e) {
            return failed(PoiResult.Status.FAILED, "the POI process could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(PoiResult.Status.FAILED, "interrupted");
        }
    }

    private static final String PREFIX = "poi-result\t";

    static String encode(PoiResult result) {
        return PREFIX + result.status() + "\t" + result.formulaCells() + "\t" + result.loadNanos() + "\t"
                + String.join(",", result.runNanos().stream().map(String::valueOf).toList()) + "\t"
                + result.detail().replaceAll("[\\t\\r\\n]+", " ");
    }

    static PoiResult decode(String line) {
        String[] fields = line.substring(PREFIX.length()).split("\t", 5);
        List<Long> runs = fields[3].isEmpty() ? List.of() : Arrays.stream(fields[3].split(",")).map(Long::valueOf).toList();
        return new PoiResult(PoiResult.Status.valueOf(fields[0]), Integer.parseInt(fields[1]), fields[4],
                Long.parseLong(fields[2]), runs);
    }

    private static PoiResult failed(PoiResult.Status status, String detail) {
        return new PoiResult(status, 0, detail, 0, List.of());
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }
}
