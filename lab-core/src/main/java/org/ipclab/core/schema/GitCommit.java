package org.ipclab.core.schema;

/**
 * The lab's source the run was built from (run.json's {@code git}).
 *
 * @param commit the commit id, or {@code unknown} outside a git checkout
 * @param dirty whether tracked files differed from it; null when git could not tell
 */
public record GitCommit(String commit, Boolean dirty) {
    /** The commit as reports show it: {@code abc123+dirty} when the tree differed. */
    public String label() {
        return commit + (Boolean.TRUE.equals(dirty) ? "+dirty" : "");
    }
}
