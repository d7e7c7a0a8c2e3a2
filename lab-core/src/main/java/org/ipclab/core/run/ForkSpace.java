package org.ipclab.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ipclab.core.BenchCase;
import org.ipclab.core.schema.RowStatus;

/**
 * Whether a fork's files fit before its JVM starts: the case's scratch files (rings, queues, Aeron's log
 * buffers) in the private folder's file system, and its log, histograms and JMH json in the run folder.
 * A fork that cannot fit is filed {@code skipped:no-space(<where>: <free> free; <needed> needed)} rather
 * than started to die of SIGBUS or "No space left on device" half-way through.
 */
public final class ForkSpace {
    /** A fork's log, .hlog files and JMH json: a few hundred KiB measured; a generous fixed allowance. */
    static final long OUT_BYTES_PER_FORK = 8L << 20;

    /** How much a folder's file system has free for this user; injectable, so tests need not fill a disk. */
    @FunctionalInterface
    public interface FreeSpace {
        long usableBytes(Path dir) throws IOException;
    }

    private final Path scratchBase;
    private final Path outDir;
    private final FreeSpace free;

    public ForkSpace(Path scratchBase, Path outDir, FreeSpace free) {
        this.scratchBase = scratchBase;
        this.outDir = outDir;
        this.free = free;
    }

    /** The check against the real file systems. */
    public static ForkSpace of(Path scratchBase, Path outDir) {
        return new ForkSpace(scratchBase, outDir, dir -> Files.getFileStore(dir).getUsableSpace());
    }

    /** The skipped status when the case's fork does not fit, else empty. */
    public Optional<RowStatus> shortfall(BenchCase benchCase) {
        Optional<RowStatus> scratch = shortfall(scratchBase, benchCase.scratchBytes());
        return scratch.isPresent() ? scratch : shortfall(outDir, OUT_BYTES_PER_FORK);
    }

    private Optional<RowStatus> shortfall(Path dir, long needed) {
        if (needed <= 0) {
            return Optional.empty();
        }
        long usable;
        try {
            usable = free.usableBytes(dir);
        } catch (IOException e) {
            return Optional.empty(); // unknown: let the fork try, and say what it met if it fails
        }
        if (usable >= needed) {
            return Optional.empty();
        }
        // Kept as written, not made a reason word (which would flatten it): summary.csv allows no comma or quote.
        String where = dir.toString().replace(',', '_').replace('"', '_');
        return Optional.of(new RowStatus(RowStatus.Kind.SKIPPED, "no-space(" + where + ": " + Format.mebibytes(usable)
                + " free; " + Format.mebibytes(needed) + " needed)"));
    }
}
