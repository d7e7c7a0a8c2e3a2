package org.ipclab.process.spawn;

import java.io.InputStream;
import java.io.OutputStream;
import org.ipclab.core.PeerRole;

/**
 * Runs in a child JVM started with one launch mechanism: reports the mechanism ProcessImpl really
 * uses, then starts and waits for {@code /bin/true} {@code warmup + measured} times, streaming each
 * measured start→exit time. Its one argument: the case's knobs ({@link SpawnKnobs#encode()}).
 */
public final class SpawnRole implements PeerRole {
    static final String TRUE = "/bin/true";

    @Override
    public void run(String[] args, InputStream in, OutputStream out) throws Exception {
        SpawnKnobs knobs = SpawnKnobs.decode(args[0]);
        SpawnApi api = knobs.api();
        int warmup = knobs.counts().warmup();
        int measured = knobs.counts().measured();
        SampleStream.Writer writer = new SampleStream.Writer(out);
        LaunchMechanismProbe.Answer answer = LaunchMechanismProbe.probe();
        writer.header(SpawnHeader.of(answer));
        if (!answer.supported()) {
            return;
        }
        for (int i = 0; i < warmup + measured; i++) {
            long start = System.nanoTime();
            Process process = api.start(TRUE);
            int code = process.waitFor();
            long elapsed = System.nanoTime() - start;
            // Outside the timed span: the three pipes would otherwise wait for the GC to close them.
            process.getOutputStream().close();
            process.getInputStream().close();
            process.getErrorStream().close();
            if (code != 0) {
                throw new IllegalStateException(TRUE + " exited with " + code);
            }
            if (i >= warmup) {
                writer.sample(elapsed);
            }
        }
        writer.end();
    }
}
