package org.ipclab.core.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/**
 * The class path the run's case JVMs start from. A run from the lab's jar copies it into its private
 * folder first: a build beside the run (CI, an edit and a rebuild) may rewrite the jar, and a case JVM
 * starting from a half-written jar would fail for no reason of its own. A class path of folders (a
 * test run from the build tree) is used as it is.
 */
final class RunClassPath {
    private RunClassPath() {
    }

    static String forRun(String classPath, Path privateDir) throws IOException {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return classPath;
        }
        Path copy = privateDir.resolve("lab.jar");
        Files.copy(Paths.get(classPath), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy.toString();
    }
}
