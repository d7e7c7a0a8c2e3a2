package org.ipclab.queue.serve;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ipclab.core.Environment;
import org.ipclab.core.Json;
import org.ipclab.core.cli.BadInputException;
import org.ipclab.core.cli.LabVersion;
import org.ipclab.core.remote.PeerAddress;
import org.ipclab.core.remote.RunSecret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the far end of {@code run --peer-host} on this host. Listens for the tcp cases' rigs,
 * proves and checks the handshake secret, and answers each connection with the lab's responder, until
 * Ctrl-C or SIGTERM, which close the listening socket and every session.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = LabVersion.class, sortOptions = false,
        description = {"Answers the tcp rtt, throughput and fixed-rate cases of 'run --peer-host' on another host,"
                + " connection after connection, until Ctrl-C or SIGTERM.",
                "Exit codes: 0 stopped, 2 bad input, 143 terminated."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE}. Any other than loopback needs --allow-remote.")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + PeerAddress.DEFAULT_PORT,
            description = "The port to listen on, 1..65535 (0: any free one, printed). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--allow-remote",
            description = "Allow a --bind address other hosts can reach (the handshake still needs the secret).")
    boolean allowRemote;

    @Option(names = "--secret-file", paramLabel = "FILE", required = true,
            description = "The file holding the handshake secret; run --peer-host needs the same one.")
    Path secretFile;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port '" + port + "' is out of range; valid: 1..65535, or 0 for any free port");
        }
        byte[] secret = RunSecret.read(secretFile);
        InetAddress address = BindAddress.check(bind, allowRemote);
        ServerSocketChannel listening = ServerSocketChannel.open();
        try {
            listening.bind(new InetSocketAddress(address, port));
        } catch (BindException e) {
            listening.close();
            throw new BadInputException("--port " + port + " on " + address.getHostAddress() + " cannot be had ("
                    + e.getMessage() + "); give a free --port, or 0 for any");
        }
        ResponderServer server = new ResponderServer(listening, secret, environment(address));
        Thread stop = new Thread(server::close, "serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        InetSocketAddress bound = (InetSocketAddress) listening.getLocalAddress();
        System.out.println("serving the tcp responder on " + bound.getAddress().getHostAddress() + ":" + bound.getPort()
                + " (host " + Environment.hostname() + "); Ctrl-C stops");
        System.out.flush();
        server.serve();
        return 0;
    }

    /** What a client's run records of this host: the machine, the JVM, and the address it reached. */
    private static Map<String, Object> environment(InetAddress address) {
        Map<String, Object> env = Json.MAPPER.convertValue(Environment.machine().withJvm(Environment.jvm()),
                new TypeReference<LinkedHashMap<String, Object>>() { });
        env.put("bind", address.getHostAddress());
        return env;
    }
}
