package org.ipclab.core.schema;

import java.util.Map;

/**
 * The far host of a run's {@code peer=} rows (run.json's {@code environment.peerHost}).
 *
 * @param environment what its responder said of its host and JVM when the run checked it
 */
public record PeerHost(String address, Map<String, Object> environment) {
}
