package org.ipclab.core.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
import org.ipclab.core.remote.HandshakeException;
import org.ipclab.core.remote.PeerAddress;
import org.ipclab.core.remote.RemotePeer;
import org.ipclab.core.remote.RunSecret;

/**
 * {@code --peer-host HOST[:PORT] --secret-file F}: checked once before the run, so an unreachable host
 * or a wrong secret is the user's mistake (exit 2) rather than every remote case failing.
 */
final class PeerHostOption {
    /** A peer that answered the handshake, and the environment it sent. */
    record Checked(RemotePeer peer, Map<String, Object> environment) {
    }

    private PeerHostOption() {
    }

    /** Null when neither option is given. */
    static Checked check(String peerHost, Path secretFile) {
        if (peerHost == null && secretFile == null) {
            return null;
        }
        if (peerHost == null) {
            throw new BadInputException("--secret-file '" + secretFile + "' is the handshake secret of --peer-host;"
                    + " give --peer-host HOST[:PORT] too, or drop --secret-file");
        }
        PeerAddress address;
        try {
            address = PeerAddress.parse(peerHost);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--peer-host " + e.getMessage());
        }
        if (secretFile == null) {
            throw new BadInputException("--peer-host '" + peerHost + "' needs --secret-file F: the file with the secret"
                    + " its responder (ipc-lab serve) was started with");
        }
        RunSecret.read(secretFile);
        RemotePeer peer = new RemotePeer(address, secretFile);
        try {
            return new Checked(peer, peer.probe());
        } catch (IOException e) {
            throw new BadInputException("--peer-host '" + peerHost + "' (" + address + "): " + problem(e));
        }
    }

    /** What went wrong reaching the responder, in the user's words. */
    static String problem(IOException e) {
        if (e instanceof HandshakeException) {
            return e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "refused the connection (is 'ipc-lab serve' running there, on that port and address?)";
        }
        if (e instanceof SocketTimeoutException) {
            return "did not answer in time (" + RemotePeer.CONNECT_TIMEOUT.toSeconds() + " s to connect, "
                    + RemotePeer.HANDSHAKE_TIMEOUT.toSeconds() + " s for the handshake): unreachable, a firewall"
                    + " dropping the connection, or no responder there";
        }
        if (e instanceof UnknownHostException) {
            return "is not a host name this machine can resolve";
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to that host";
        }
        return WritableFolder.reason(e);
    }
}
