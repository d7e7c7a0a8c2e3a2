package org.ipclab.c;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CRatio;
import org.ipclab.core.CaseProvider;
import org.ipclab.core.Suite;

/**
 * The C module: the kernel's and the hardware's own cost of what the Java cases measure, each case the
 * twin of Java rows in the same run (the calibration {@code floor}, queue {@code rtt} by transport and
 * size, process {@code spawn} by mechanism, process {@code thread} for platform threads), so every such
 * Java row shows its Java/C ratio. smoke: the 64-byte pipe round trip; quick: the floor, the 64-byte
 * round trip of every channel, every spawn mechanism and the thread (about 30 s of quick's 8 minutes in
 * its four forks; the 64 KiB twins would add 10 s more); full: the same with every size.
 */
public final class CCases implements CaseProvider {
    static final String MODULE = CRatio.MODULE;
    static final List<String> TRANSPORTS = List.of("shm", "pipe", "fifo", "uds", "tcp");
    static final List<String> MECHANISMS = List.of("posix_spawn", "vfork", "fork");
    private static final List<Integer> SIZES = List.of(8, 64, 1024, 65536);

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<BenchCase> cases(Suite suite) {
        List<BenchCase> cases = new ArrayList<>();
        if (suite == Suite.SMOKE) {
            cases.add(CCase.rtt(suite, "pipe", 64));
            return cases;
        }
        cases.add(CCase.floor(suite));
        for (String transport : TRANSPORTS) {
            for (int size : suite == Suite.FULL ? SIZES : List.of(64)) {
                cases.add(CCase.rtt(suite, transport, size));
            }
        }
        MECHANISMS.forEach(m -> cases.add(CCase.spawn(suite, m)));
        cases.add(CCase.thread(suite));
        return cases;
    }
}
