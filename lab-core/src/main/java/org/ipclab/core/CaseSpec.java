package org.ipclab.core;

/** Names one benchmark case: module, case (a stable name such as {@code rtt}) and its parameters. */
public record CaseSpec(String module, String name, Params params) {

    /** What {@code --cases REGEX} is matched against: {@code module/case/params}. */
    public String key() {
        return module + "/" + name + "/" + params;
    }

    /** The file-safe case id: {@code <module>.<case>.<params with ; -> _ and = -> ->}. */
    public String id() {
        String safe = params.fileSafe();
        return safe.isEmpty() ? module + "." + name : module + "." + name + "." + safe;
    }

    @Override
    public String toString() {
        return key();
    }
}
