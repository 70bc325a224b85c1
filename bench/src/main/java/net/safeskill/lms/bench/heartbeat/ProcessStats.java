package net.safeskill.lms.bench.heartbeat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time and resident memory read from Linux's {@code /proc}: of the server's JVM, of PostgreSQL's processes, of
 * this load generator, and of the whole machine — so that each step says who used the two cores.
 */
final class ProcessStats {

    /** USER_HZ: /proc counts CPU time in ticks of 1/100 s on Linux. */
    private static final double TICK_SECONDS = 0.01;

    private ProcessStats() {
    }

    /** CPU seconds (user + system) a process has used so far; 0 when it is gone. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3, utime 14, stime 15 -> indexes 11 and 12 here
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_SECONDS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU seconds used so far by all processes called {@code name} (e.g. postgres' backends). */
    static double cpuSecondsOf(String name) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> name.equals(comm(p)))
                    .mapToDouble(p -> cpuSeconds(Long.parseLong(p.getFileName().toString()))).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Resident set size in MiB. */
    static long rssMiB(long pid) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            return lines.stream().filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Busy and total CPU seconds of the whole machine so far (all cores). */
    static double[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new double[] {(total - idle) * TICK_SECONDS, total * TICK_SECONDS};
        } catch (IOException e) {
            return new double[] {0, 0};
        }
    }

    private static String comm(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
