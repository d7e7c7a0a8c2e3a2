package org.ipclab.queue.rig;

import java.io.IOException;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.message.MessageCodec;

/**
 * The far end of every case: receives each message in order, verifies it, sends back those flagged
 * {@link MessageCodec#REPLY} or {@link MessageCodec#STOP} unchanged, and returns after STOP. Its one
 * buffer is poisoned before each receive, so only bytes the channel delivered can verify.
 */
public final class Responder {
    private Responder() {
    }

    public static void run(Channel channel, MessageCodec codec) throws IOException {
        byte[] message = codec.newBuffer();
        int size = codec.size();
        for (int sequence = 0; ; sequence++) {
            codec.poison(message);
            channel.receive(message, size);
            int flags = codec.verify(message, sequence);
            if (flags != 0) {
                channel.send(message, size);
            }
            if ((flags & MessageCodec.STOP) != 0) {
                return;
            }
        }
    }
}
