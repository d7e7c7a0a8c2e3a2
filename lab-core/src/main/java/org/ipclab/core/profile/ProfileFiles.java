package org.ipclab.core.profile;

/**
 * Where a fork's profiles go, relative to the run folder, named like its logs and histograms:
 * {@code jfr/<case-id>.fork-<k>.jfr}, {@code gc/<case-id>.fork-<k>.log}, {@code async/<case-id>.fork-<k>.html}.
 */
public final class ProfileFiles {
    private ProfileFiles() {
    }

    public static String jfr(String fileId, int fork) {
        return "jfr/" + fileId + ".fork-" + fork + ".jfr";
    }

    public static String gcLog(String fileId, int fork) {
        return "gc/" + fileId + ".fork-" + fork + ".log";
    }

    public static String flameGraph(String fileId, int fork) {
        return "async/" + fileId + ".fork-" + fork + ".html";
    }
}
