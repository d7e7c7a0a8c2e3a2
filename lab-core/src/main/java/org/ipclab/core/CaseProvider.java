package org.ipclab.core;

import java.io.PrintStream;
import java.util.List;

/**
 * A bench module's list of cases, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.ipclab.core.CaseProvider}), so lab-core never imports a bench module.
 */
public interface CaseProvider {

    /** The module name as it appears in summary.csv, e.g. {@code queue}. */
    String module();

    /** Every case of this module in the given suite, in the order they should run. */
    List<BenchCase> cases(Suite suite);

    /**
     * The flags this module's case JVMs need beside the lab's own ({@link JvmFlags#STANDARD}), such as its
     * libraries' access to JDK internals; they reach its peers and JMH forks too. Other modules' JVMs start
     * without them: on JDK 25 an {@code --add-exports} or {@code --add-opens} makes a JVM start about half
     * again as long (no archived module graph) and refuses a class-data archive. None by default.
     */
    default List<String> jvmFlags() {
        return List.of();
    }

    /**
     * Prints the module's own view of a finished run (a ranking, ratios) below the end-of-run table;
     * {@code rows} are this module's rows only. Nothing by default.
     */
    default void summarize(List<ResultRow> rows, PrintStream out) {
    }
}
