package com.tangentlab.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * How the configurations compare: each one's throughput against the first's, and against the ceiling
 * the machine's cores set when every core is busy with what one grade costs here (the workers, the web
 * node and the simulated students all share this machine's cores).
 */
final class Scaling {
    private Scaling() {}

    static List<String> lines(List<LoadFigures> all, int cores) {
        List<String> out = new ArrayList<>();
        List<LoadFigures> graded = all.stream().filter(f -> f.graded() > 0).toList();
        if (graded.isEmpty()) return out;
        LoadFigures first = graded.get(0);
        for (LoadFigures f : graded) {
            double ceiling = new Capacity(f.allCpuMs()).ceilingPerSecond(cores);
            out.add(LoadFigures.f("%d worker(s): %.2f x the throughput of %d; CPU-bound ceiling of these %d cores at"
                    + " %.0f ms of CPU per grade: %.2f submissions/s, of which it reached %.0f%%", f.workers(),
                    f.perSecond() / first.perSecond(), first.workers(), cores, f.allCpuMs(), ceiling,
                    100 * f.perSecond() / ceiling));
        }
        if (all.stream().mapToInt(f -> f.workers() * f.jobs()).max().orElse(0) > cores) {
            out.add("More grading threads than cores: the extra ones only share the same cores.");
        }
        out.add(LoadFigures.f("On one machine every configuration shares the same %d cores, so a second worker"
                + " process cannot add throughput beyond that ceiling; on its own machine it adds its own cores.",
                cores));
        return out;
    }
}
