package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine, the case JVM and the floor a run measured on: run.json's {@code environment}. A field an older
 * (or partial) run.json lacks stays absent when written again, and keys this lab does not know are kept.
 *
 * @param cpuGovernor a reading the machine may not give, {@link NullOrAbsent} (so are the frequency and the load)
 * @param pinning {@code none}, or the taskset every case JVM ran under
 * @param peerHost where the run had a peer host only
 * @param profilers what --profile switched on: profilers perturb what they watch
 * @param libraries the measured libraries' versions by {@code group:artifact}
 * @param jvm the case JVM, once the calibration case described it
 * @param calibration the floor, once the calibration case measured it
 * @param others keys this lab does not write, from older or newer run.json files
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MachineEnvironment(String hostname, String os, String kernel, String arch, String cpuModel,
                                 Integer logicalCpus, Integer physicalCpus, Long memoryBytes, String virtualization,
                                 String container, JsonNode cpuGovernor, JsonNode cpuFrequencyMHz, JsonNode loadAverage,
                                 String pinning, PeerHost peerHost, List<String> profilers, Map<String, String> libraries,
                                 JvmInfo jvm, Calibration calibration,
                                 @JsonAnySetter @JsonAnyGetter @JsonInclude(JsonInclude.Include.ALWAYS)
                                 Map<String, Object> others) {
    public static final MachineEnvironment NONE = new MachineEnvironment(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null);

    public MachineEnvironment {
        others = others == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(others));
    }

    public MachineEnvironment withRunFacts(String pinningNow, PeerHost peer, List<String> profilersNow,
                                           Map<String, String> librariesNow) {
        return new MachineEnvironment(hostname, os, kernel, arch, cpuModel, logicalCpus, physicalCpus, memoryBytes,
                virtualization, container, cpuGovernor, cpuFrequencyMHz, loadAverage, pinningNow, peer, profilersNow,
                librariesNow, jvm, calibration, others);
    }

    public MachineEnvironment withJvm(JvmInfo caseJvm) {
        return new MachineEnvironment(hostname, os, kernel, arch, cpuModel, logicalCpus, physicalCpus, memoryBytes,
                virtualization, container, cpuGovernor, cpuFrequencyMHz, loadAverage, pinning, peerHost, profilers,
                libraries, caseJvm, calibration, others);
    }

    public MachineEnvironment withCalibration(Calibration floor) {
        return new MachineEnvironment(hostname, os, kernel, arch, cpuModel, logicalCpus, physicalCpus, memoryBytes,
                virtualization, container, cpuGovernor, cpuFrequencyMHz, loadAverage, pinning, peerHost, profilers,
                libraries, jvm, floor, others);
    }
}
