package org.ipclab.core.remote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a responder ({@code ipc-lab serve}) listens: {@code HOST[:PORT]}, the port
 * {@value #DEFAULT_PORT} unless given. The host is a name or an IPv4 address, plain enough to stand in
 * a row's params ({@code peer=<host>}).
 */
public record PeerAddress(String host, int port) {
    public static final int DEFAULT_PORT = 7171;
    private static final Pattern FORM = Pattern.compile("([A-Za-z0-9][A-Za-z0-9.-]*)(?::(\\d{1,5}))?");

    public PeerAddress {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range (valid: 1..65535)");
        }
    }

    /** Parses {@code HOST[:PORT]}; the message names the bad value and the valid form. */
    public static PeerAddress parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not HOST[:PORT] (valid: a host name or an IPv4"
                    + " address, optionally :1..65535, e.g. 10.0.0.2 or 10.0.0.2:" + DEFAULT_PORT + ")");
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'" + text + "' names port " + port + " (valid: 1..65535)");
        }
        return new PeerAddress(m.group(1), port);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
