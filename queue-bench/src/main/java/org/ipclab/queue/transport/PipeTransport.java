package org.ipclab.queue.transport;

import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.PipeChannel;

/** {@code pipe}: the peer JVM's stdin and stdout. */
public final class PipeTransport implements ProcessTransport {
    @Override
    public String label() {
        return "pipe";
    }

    @Override
    public Channel connect(End parent, Prepared prepared) {
        return new PipeChannel(parent.in(), parent.out());
    }

    @Override
    public Channel openPeer(End peer) {
        return new PipeChannel(peer.in(), peer.out());
    }
}
