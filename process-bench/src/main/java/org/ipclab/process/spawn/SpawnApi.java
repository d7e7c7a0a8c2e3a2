package org.ipclab.process.spawn;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The two public ways to start a child process; both end in the same ProcessImpl launch. */
public enum SpawnApi {
    PROCESS_BUILDER("process-builder") {
        @Override
        Process start(String... command) throws IOException {
            return new ProcessBuilder(command).start();
        }
    },
    RUNTIME_EXEC("runtime-exec") {
        @Override
        Process start(String... command) throws IOException {
            return Runtime.getRuntime().exec(command);
        }
    };

    private final String param;

    SpawnApi(String param) {
        this.param = param;
    }

    abstract Process start(String... command) throws IOException;

    public String param() {
        return param;
    }

    public static SpawnApi parse(String text) {
        for (SpawnApi api : values()) {
            if (api.param.equals(text)) {
                return api;
            }
        }
        throw new IllegalArgumentException("unknown api '" + text + "' (valid: "
                + Arrays.stream(values()).map(SpawnApi::param).collect(Collectors.joining(", ")) + ")");
    }
}
