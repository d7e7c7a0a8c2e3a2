package org.ipclab.queue.link;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.ipclab.core.PeerMain;
import org.ipclab.core.PeerRole;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.Waiter;
import org.ipclab.queue.channel.Watchdog;
import org.ipclab.queue.message.CorruptMessageException;
import org.ipclab.queue.message.MessageCodec;
import org.ipclab.queue.rig.Responder;
import org.ipclab.queue.transport.ProcessTransport;

/**
 * The peer JVM's side of every cross-process case: opens its end of the transport, then verifies
 * each message and echoes those flagged for reply until STOP. Its one argument is the case's
 * {@link ChannelKnobs} and the peer's own setup: {@code <knobs> timeout-ms=<ms> dir=<private dir>}.
 * Exit 3 means a corrupt message.
 */
public final class ResponderRole implements PeerRole {
    private static final String TIMEOUT = " timeout-ms=";
    private static final String DIR = " dir=";

    /** The peer's one argument: the knobs first, so a process listing reads {@code ResponderRole uds size=64 ...}. */
    static String argument(ChannelKnobs knobs, Path dir, Duration timeout) {
        return knobs.encode() + TIMEOUT + timeout.toMillis() + DIR + dir;
    }

    @Override
    public void run(String[] args, InputStream in, OutputStream out) throws Exception {
        String setup = args.length == 1 ? args[0] : "";
        int timeoutAt = setup.indexOf(TIMEOUT);
        int dirAt = timeoutAt < 0 ? -1 : setup.indexOf(DIR, timeoutAt);
        if (dirAt < 0) {
            throw new IllegalArgumentException("expected one argument '<knobs>" + TIMEOUT + "<ms>" + DIR + "<dir>', got "
                    + String.join(" | ", args));
        }
        ChannelKnobs knobs = ChannelKnobs.decode(setup.substring(0, timeoutAt));
        Duration timeout = Duration.ofMillis(Long.parseLong(setup.substring(timeoutAt + TIMEOUT.length(), dirAt)));
        Waiter waiter = new Waiter(knobs.waiting(), new Watchdog(timeout));
        ProcessTransport transport = (ProcessTransport) knobs.transport();
        ProcessTransport.End end = new ProcessTransport.End(Path.of(setup.substring(dirAt + DIR.length())),
                knobs.size(), waiter, in, out, PeerMain.secret());
        try (Channel channel = transport.openPeer(end)) {
            Responder.run(channel, new MessageCodec(knobs.size()));
        } catch (CorruptMessageException e) {
            System.err.println("peer: " + e.getMessage());
            System.exit(Failures.EXIT_CORRUPT);
        }
    }
}
