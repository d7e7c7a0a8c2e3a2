package org.ipclab.process.spawn;

/** The first message of a spawn child: {@code mechanism|verified|unsupported-reason-or-empty}. */
public record SpawnHeader(String mechanism, boolean verified, String unsupportedReason) {

    static String of(LaunchMechanismProbe.Answer answer) {
        String reason = answer.unsupportedReason() == null ? "" : answer.unsupportedReason().replace('|', '/');
        return answer.mechanism() + "|" + answer.verified() + "|" + reason;
    }

    static SpawnHeader parse(String text) {
        String[] parts = text.split("\\|", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("bad spawn header '" + text + "'");
        }
        return new SpawnHeader(parts[0], Boolean.parseBoolean(parts[1]), parts[2].isEmpty() ? null : parts[2]);
    }

    public boolean supported() {
        return unsupportedReason == null;
    }
}
