package org.ipclab.core.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import org.ipclab.core.PrivateDir;

/**
 * The class path the run's case JVMs start from. A run from the lab's jar copies it into its private
 * folder first: a build beside the run (CI, an edit and a rebuild) may rewrite the jar, and a case JVM
 * starting from a half-written jar would fail for no reason of its own. A class path of folders (a
 * test run from the build tree) is used as it is, and so is the jar where the private folder is small.
 */
final class RunClassPath {
    private static final long ROOM_FOR_CASES = 256L << 20;

    private RunClassPath() {
    }

    static String forRun(String classPath, Path privateDir) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return classPath;
        }
        Path copy = privateDir.resolve("lab.jar");
        try {
            long jar = Files.size(Paths.get(classPath));
            // A small /dev/shm (a container's) keeps its room for the cases: run from the jar itself then.
            if (Files.getFileStore(privateDir).getUsableSpace() < 2 * jar + ROOM_FOR_CASES) {
                return classPath;
            }
            Files.copy(Paths.get(classPath), copy, StandardCopyOption.REPLACE_EXISTING);
            return copy.toString();
        } catch (IOException e) {
            PrivateDir.deleteTree(copy);
            System.err.println("warning: case JVMs start from " + classPath + " itself (" + e.getMessage()
                    + "): a rebuild during the run would disturb it");
            return classPath;
        }
    }
}
