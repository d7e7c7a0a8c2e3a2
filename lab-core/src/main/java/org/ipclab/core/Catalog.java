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

    /** The providers on the class path, calibration first, then by module name. */
    public static List<CaseProvider> providers() {
        List<CaseProvider> providers = new ArrayList<>();
        ServiceLoader.load(CaseProvider.class).forEach(providers::add);
        providers.sort(Comparator.comparing((CaseProvider p) -> !p.module().equals(Calibration.MODULE))
                .thenComparing(CaseProvider::module));
        return providers;
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

    /** The case with this id, built by its own module's provider only (the id starts with the module's name). */
    public static BenchCase find(Suite suite, String id) {
        return providers().stream().filter(p -> id.startsWith(p.module() + "."))
                .flatMap(p -> p.cases(suite).stream()).filter(c -> c.spec().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case with id " + id + " in suite " + suite.label()));
    }
}
