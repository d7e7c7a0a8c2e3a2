package org.ipclab.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.ipclab.core.schema.Calibration;

/** Every case on the class path for a suite, found through the {@link CaseProvider} services; calibration first. */
public final class Catalog {
    private Catalog() {
    }

    /**
     * The providers on the class path, calibration first, then by module name: found once per JVM, as the runner
     * names a case's provider before every fork ({@link #providerClass}).
     */
    public static List<CaseProvider> providers() {
        return Found.PROVIDERS;
    }

    /** Holds the service scan until a JVM first asks: a case JVM, which names its provider, never does. */
    private static final class Found {
        static final List<CaseProvider> PROVIDERS = scan();

        private static List<CaseProvider> scan() {
            List<CaseProvider> providers = new ArrayList<>();
            ServiceLoader.load(CaseProvider.class).forEach(providers::add);
            providers.sort(Comparator.comparing((CaseProvider p) -> !p.module().equals(Calibration.MODULE))
                    .thenComparing(CaseProvider::module));
            return List.copyOf(providers);
        }
    }

    public static List<BenchCase> cases(Suite suite) {
        List<CaseProvider> providers = providers();
        List<BenchCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CaseProvider provider : providers) {
            for (BenchCase c : provider.cases(suite)) {
                if (!ids.add(c.spec().id())) {
                    throw new IllegalStateException("two cases share the id " + c.spec().id());
                }
                cases.add(c);
            }
        }
        return cases;
    }

    /** The provider of a module's cases, as the runner names it to a case JVM ({@link #find}). */
    public static String providerClass(String module) {
        return provider(module).getClass().getName();
    }

    /** The flags a module's case JVMs start with beside the lab's own ({@link CaseProvider#jvmFlags}). */
    public static List<String> jvmFlags(String module) {
        return provider(module).jvmFlags();
    }

    private static CaseProvider provider(String module) {
        return providers().stream().filter(p -> p.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no module " + module));
    }

    /**
     * The case with this id, built by its module's provider, named by class: finding the providers by their
     * service scan (the JDK's module image, then the jar) and making them all took a fresh case JVM 50-60 ms of
     * every fork (from its main to its case's context: lock 105 ms before, 42-59 after; queue 130, 76-79).
     */
    public static BenchCase find(Suite suite, String id, String providerClass) throws ReflectiveOperationException {
        CaseProvider provider = Class.forName(providerClass).asSubclass(CaseProvider.class).getConstructor().newInstance();
        return provider.cases(suite).stream().filter(c -> c.spec().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case with id " + id + " in suite " + suite.label()));
    }
}
