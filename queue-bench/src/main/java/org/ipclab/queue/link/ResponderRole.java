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

/**
 * The peer JVM's side of every cross-process case: opens its end of the transport, then verifies
 * each message and echoes those flagged for reply until STOP.
 * Args: {@code <transport> <size> <wait> <private dir> <timeout ms>}. Exit 3 means a corrupt message.
 */
public final class ResponderRole implements PeerRole {
    @Override
    public void run(String[] args, InputStream in, OutputStream out) throws Exception {
        ProcessTransport transport = (ProcessTransport) Transport.parse(args[0]);
        int size = Integer.parseInt(args[1]);
        Waiter waiter = new Waiter(Waiter.Strategy.parse(args[2]), new Watchdog(Duration.ofMillis(Long.parseLong(args[4]))));
        ProcessTransport.PeerEnd end = new ProcessTransport.PeerEnd(
                Path.of(args[3]), size, waiter, in, out, PeerMain.secret());
        try (Channel channel = transport.openPeer(end)) {
            Responder.run(channel, new MessageCodec(size));
        } catch (CorruptMessageException e) {
            System.err.println("peer: " + e.getMessage());
            System.exit(Failures.EXIT_CORRUPT);
        }
    }
}
