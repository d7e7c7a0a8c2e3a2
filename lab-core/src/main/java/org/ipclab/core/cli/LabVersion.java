package org.ipclab.core.cli;

import org.ipclab.core.Environment;
import org.ipclab.core.schema.GitCommit;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the lab's version and the commit of the checkout it runs from, as run.json records it. */
public final class LabVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = LabVersion.class.getPackage().getImplementationVersion();
        GitCommit git = Environment.git(RunSuiteCommand.home());
        String dirty = Boolean.TRUE.equals(git.dirty()) ? ", with uncommitted changes" : "";
        return new String[] {"ipc-lab " + (version == null ? "(version unknown)" : version)
                + " (commit " + git.commit() + dirty + ")", "JVM: " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")"};
    }
}
