package org.ipclab.report.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.ipclab.core.Median;
import org.ipclab.core.run.Format;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.stats.BenjaminiHochberg;
import org.ipclab.report.stats.ForkClusters.Cluster;
import org.ipclab.report.stats.ForkClusters;
import org.ipclab.report.stats.ForkRatio;

/**
 * The fork-level effect of one row, side B against baseline A, before the false-discovery control: the
 * forks compared (like placement with like), the ratio of centres with its t interval and the raw
 * p-value, or a verdict that needs no test (bimodal, placement differs, too few forks). The two sides of one
 * two-sided run are compared twin by twin ({@link Twins}, {@link ForkRatio#ofTwins}).
 * {@code verdict} is null while the row still waits for its adjusted p-value.
 */
record RowEffect(SideForks a, SideForks b, double ratio, ForkRatio interval, double rawP, double adjustedP, Verdict verdict,
                 String note) {
    /** Two forks a side estimate their spread too poorly to call anything: on this VM two runs' pairs of
     *  forks can agree within each run and still differ between runs. */
    static final int MIN_FORKS = 3;
    /** The note of a row whose interval the spread between a side's run folders set. */
    static final String RUNS_DIFFER = "a side's runs differ beyond their forks: interval over runs";
    /** The note of a two-sided run's row with too few twins left to pair (the others disturbed, failed or placed apart). */
    static final String TOO_FEW_TWINS = "fewer than " + MIN_FORKS + " twins left: forks compared unpaired";
    /** Observed placements of a rig with a peer process (in-JVM cases observe "single"). */
    private static final Set<String> WITH_PEER = Set.of("same", "cross", "mixed");

    static RowEffect of(SideForks allA, SideForks allB, String unit) {
        SideForks a = allA;
        SideForks b = allB;
        String note = "";
        if (a.pinned() && b.pinned()) {
            // Both runs chose where rig and peer ran: a difference of placement is what the user asked to see.
            if (!a.pinnedTo().equals(b.pinnedTo())) {
                note = "A pinned " + join(a.pinnedTo()) + ", B pinned " + join(b.pinnedTo());
            }
        } else if (a.placementsKnown() && b.placementsKnown()) {
            Set<String> shared = new TreeSet<>(a.placementSet());
            shared.retainAll(b.placementSet());
            if (shared.isEmpty()) {
                return fixed(a, b, Verdict.PLACEMENT_DIFFERS, "A ran " + join(a.placementSet()) + ", B ran " + join(b.placementSet()));
            }
            // Most forks on both sides together; ties by name, so the choice is stable.
            String like = shared.stream().max(Comparator.comparingLong((String p) -> allA.count(p) + allB.count(p))
                    .thenComparing(Comparator.reverseOrder())).orElseThrow();
            if (a.placementSet().size() > 1 || b.placementSet().size() > 1) {
                note = "compared on " + like + " forks only";
            }
            a = a.only(like);
            b = b.only(like);
        }
        Twins twins = Twins.of(a.forks(), b.forks());
        if (twins != null && twins.size() >= MIN_FORKS) {
            return ofTwins(a.onlyTwins(twins.keySet()), b.onlyTwins(twins.keySet()), twins, unit, note);
        }
        if (twins != null) {
            note = joined(note, TOO_FEW_TWINS);
        }
        return unpaired(a, b, unit, note);
    }

    /** Forks compared as independent: each side one cluster, enough forks, sides not two placement modes, then Welch. */
    private static RowEffect unpaired(SideForks a, SideForks b, String unit, String note) {
        String bimodal = clusters("A", a.centres(), unit) + clusters("B", b.centres(), unit);
        if (!bimodal.isEmpty()) {
            return fixed(a, b, Verdict.BIMODAL, bimodal.strip());
        }
        if (a.size() < MIN_FORKS || b.size() < MIN_FORKS) {
            return fixed(a, b, Verdict.INCONCLUSIVE, a.size() + " vs " + b.size() + " forks; needs " + MIN_FORKS + " per side");
        }
        String apart = modesApart(a, b, unit);
        if (!apart.isEmpty()) {
            return fixed(a, b, Verdict.BIMODAL, apart);
        }
        return tested(a, b, ForkRatio.ofRuns(a.centresByRun(), b.centresByRun()), note);
    }

    /**
     * Twins: a mode both twins of a pair were in (the host's, that moment's) drops out of their ratio, so the
     * ratios, not the sides, must form one cluster; sides of one mode each still must not form two together, as
     * unpaired forks must not. Then pair by pair when the rounds moved the twins together, else unpaired.
     * Ratios in clusters that all lie on one side of 1 (every twin of JDK 25 0.05-0.22 of its JDK 17 twin) say the
     * direction in every mode: they are taken pair by pair, and the interval over all of them says how far.
     */
    private static RowEffect ofTwins(SideForks a, SideForks b, Twins twins, String unit, String note) {
        double[] ratios = twins.ratios();
        List<Cluster> clusters = ForkClusters.of(ratios);
        if (clusters.size() > 1) {
            String described = "twins' B/A ratios form " + clusters.size() + " clusters (" + clusters.stream()
                    .map(c -> String.format(Locale.ROOT, "%.2f ×%d", c.centre(), c.forks()))
                    .collect(Collectors.joining(", ")) + ")";
            boolean oneWay = Arrays.stream(ratios).allMatch(r -> r < 1) || Arrays.stream(ratios).allMatch(r -> r > 1);
            if (!oneWay) {
                return fixed(a, b, Verdict.BIMODAL, described);
            }
            return tested(a, b, ForkRatio.ofTwins(twins.a(), twins.b()),
                    joined(note, described + ", all on one side of 1"));
        }
        if (!twins.roundsMatter()) {
            return unpaired(a, b, unit, note);
        }
        boolean oneModeEach = ForkClusters.of(a.centres()).size() == 1 && ForkClusters.of(b.centres()).size() == 1;
        String apart = oneModeEach ? modesApart(a, b, unit) : "";
        if (!apart.isEmpty()) {
            return fixed(a, b, Verdict.BIMODAL, apart);
        }
        return tested(a, b, ForkRatio.ofTwins(twins.a(), twins.b()), note);
    }

    /**
     * Each side one mode, but the two modes may be two placements, not two versions of the code: a blocking
     * channel's threads move too often for the sampled placement to tell its 4 µs mode from its 60 µs one.
     */
    private static String modesApart(SideForks a, SideForks b, String unit) {
        boolean placedByOs = !(a.pinned() && b.pinned());
        boolean peerRow = a.placementSet().stream().anyMatch(WITH_PEER::contains);
        if (placedByOs && (peerRow || !a.placementSet().equals(b.placementSet()))) {
            double[] pooled = DoubleStream.concat(Arrays.stream(a.centres()), Arrays.stream(b.centres())).toArray();
            if (ForkClusters.of(pooled).size() > 1) {
                return "A and B form separate clusters, placed by the OS (A " + join(a.placementSet()) + ", B "
                        + join(b.placementSet()) + "; pin with --placement to tell)" + clusters("A+B", pooled, unit);
            }
        }
        return "";
    }

    private static RowEffect tested(SideForks a, SideForks b, ForkRatio effect, String note) {
        if (effect == null) {
            return fixed(a, b, Verdict.INCONCLUSIVE, "a fork centre of zero: no ratio to test");
        }
        if (effect.overRuns()) {
            note = joined(note, RUNS_DIFFER);
        }
        return new RowEffect(a, b, effect.ratio(), effect, effect.pValue(), Double.NaN, null, note);
    }

    /** A row's note with one more remark after it. */
    private static String joined(String note, String more) {
        return note.isEmpty() ? more : note + "; " + more;
    }

    RowEffect withAdjustedP(double p) {
        return new RowEffect(a, b, ratio, interval, rawP, p, verdict, note);
    }

    /** One family's effects with Benjamini-Hochberg adjusted p-values (effects without a p-value stay out). */
    static List<RowEffect> adjusted(List<RowEffect> family) {
        double[] p = BenjaminiHochberg.adjust(family.stream().mapToDouble(RowEffect::rawP).toArray());
        List<RowEffect> out = new java.util.ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            out.add(family.get(i).withAdjustedP(p[i]));
        }
        return out;
    }

    /** The fixed verdict, else the one the interval and the adjusted p-value support. */
    Verdict decide(double thresholdPct, String unit) {
        return verdict != null ? verdict : VerdictRule.decide(interval, adjustedP, thresholdPct, unit);
    }

    private static RowEffect fixed(SideForks a, SideForks b, Verdict verdict, String note) {
        return new RowEffect(a, b, a.size() == 0 || b.size() == 0 ? Double.NaN : ratio(a, b), null, Double.NaN, Double.NaN, verdict, note);
    }

    static double ratio(SideForks a, SideForks b) {
        double ca = Median.of(a.centres());
        double cb = Median.of(b.centres());
        return ca == 0 ? (cb == 0 ? 1 : Double.POSITIVE_INFINITY) : cb / ca;
    }

    /** "A: 2 clusters (1.0 µs ×2, 3.0 µs ×1)", or nothing for a single cluster. */
    private static String clusters(String side, double[] centres, String unit) {
        List<Cluster> clusters = ForkClusters.of(centres);
        if (clusters.size() < 2) {
            return "";
        }
        return " " + side + ": " + clusters.size() + " clusters (" + clusters.stream()
                .map(c -> Format.inUnit(c.centre(), unit) + " ×" + c.forks()).collect(Collectors.joining(", ")) + ")";
    }

    private static String join(Set<String> placements) {
        return String.join("+", placements);
    }
}
