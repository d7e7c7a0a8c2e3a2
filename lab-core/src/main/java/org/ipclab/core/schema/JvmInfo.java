package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.util.List;

/**
 * The JVM that ran the cases, as seen from inside a case JVM (run.json's {@code environment.jvm}); a field an
 * older run.json lacks stays absent.
 *
 * @param feature the Java release number (17, 21, ...)
 * @param launchMechanism how ProcessBuilder starts processes there, which peers and forks depend on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JvmInfo(String javaHome, String vendor, String version, Integer feature, String vmName,
                      List<String> inputArguments, List<String> gc, String launchMechanism, Integer availableProcessors)
        implements Serializable {
    public static final JvmInfo NONE = new JvmInfo(null, null, null, null, null, null, null, null, null);
}
