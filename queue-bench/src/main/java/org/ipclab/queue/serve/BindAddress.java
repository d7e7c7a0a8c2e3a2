package org.ipclab.queue.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import org.ipclab.core.cli.BadInputException;

/**
 * The address {@code serve} listens on: loopback unless the user asks for another host to reach it
 * ({@code --allow-remote}), and always an address of this host.
 */
final class BindAddress {
    private BindAddress() {
    }

    static InetAddress check(String text, boolean allowRemote) {
        InetAddress address;
        try {
            address = InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new BadInputException("--bind '" + text + "' is not an address or a host name this machine can resolve"
                    + " (valid: " + local() + ")");
        }
        if (address.isLoopbackAddress()) {
            return address;
        }
        if (!address.isAnyLocalAddress() && !isLocal(address)) {
            throw new BadInputException("--bind '" + text + "' is not an address of this host (valid: " + local() + ")");
        }
        if (!allowRemote) {
            throw new BadInputException("--bind '" + text + "' is not a loopback address: serving other hosts must be"
                    + " asked for with --allow-remote (anyone who reaches it may try the handshake); without it,"
                    + " valid: 127.0.0.1");
        }
        return address;
    }

    private static boolean isLocal(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** This host's addresses, for a message. */
    private static String local() {
        try {
            List<String> all = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(NetworkInterface::inetAddresses).map(InetAddress::getHostAddress)
                    .filter(a -> !a.contains(":")).sorted().toList();
            return String.join(", ", all);
        } catch (SocketException e) {
            return "127.0.0.1";
        }
    }
}
