package org.ipclab.lock.shared;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ipclab.core.PeerRole;

/**
 * The peer side of the cross-process counter. Args: the case's knobs ({@link SharedCounterKnobs#encode()}), the mapped file.
 * Each {@code go} line on stdin runs one round and answers {@code done <ns>}; stdin EOF ends the peer.
 */
public final class SharedCounterPeer implements PeerRole {

    @Override
    public void run(String[] args, InputStream in, OutputStream out) throws Exception {
        SharedCounterKnobs knobs = SharedCounterKnobs.decode(args[0]);
        BufferedReader commands = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        try (SharedCounterFile file = new SharedCounterFile(Path.of(args[1]))) {
            ProcessLock lock = ProcessLock.of(knobs.strategy(), file);
            String line;
            while ((line = commands.readLine()) != null && line.equals("go")) {
                long ns = SharedCounterRound.run(file, lock, knobs.processes(), knobs.increments());
                out.write(("done " + ns + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }
    }
}
