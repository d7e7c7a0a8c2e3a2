package org.ipclab.core.schema;

/**
 * Another run seen measuring on this machine during this one (run.json's {@code concurrentRuns}): both
 * runs' numbers are disturbed from {@code seenAt} on.
 *
 * @param forksDone forks this run had finished when it first saw the other
 */
public record ConcurrentRun(long pid, String runFolder, boolean exclusive, String seenAt, int forksDone) {
}
