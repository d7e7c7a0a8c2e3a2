package org.ipclab.process.pool;

import java.util.List;
import org.ipclab.core.PeerLauncher;

class ProcessPerTaskPoolTest extends TaskPoolContractTest {
    @Override
    TaskPool open() {
        return new ProcessPerTaskPool(new PeerLauncher(List.of()), 2);
    }
}
