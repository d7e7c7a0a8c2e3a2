package org.ipclab.process.spawn;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Optional;

/**
 * Asks this JVM which launch mechanism ProcessImpl really uses, by reading its private static field
 * (needs {@code --add-opens java.base/java.lang=ALL-UNNAMED}); the property alone could be ignored
 * or rejected. A mechanism the JDK does not support makes ProcessImpl's initialisation fail.
 */
public final class LaunchMechanismProbe {

    /** What the probe found: the mechanism name, or why it could not run. */
    public record Answer(String mechanism, boolean verified, String unsupportedReason) {
        public boolean supported() {
            return unsupportedReason == null;
        }
    }

    private LaunchMechanismProbe() {
    }

    /**
     * Whether this JDK knows a mechanism, read from ProcessImpl's own enum without initialising
     * ProcessImpl (on JDK 25 a child JVM given an unknown one dies before it can say so). Empty when
     * the enum can't be read, so the child's own probe decides.
     */
    public static Optional<Boolean> knownToThisJdk(String mechanism) {
        try {
            Object[] known = Class.forName("java.lang.ProcessImpl$LaunchMechanism", false, null).getEnumConstants();
            if (known == null) {
                return Optional.empty();
            }
            return Optional.of(Arrays.stream(known).map(String::valueOf).anyMatch(mechanism::equals));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static Answer probe() {
        Field field;
        try {
            // Not initialised here: initialisation is what rejects an unsupported mechanism.
            field = Class.forName("java.lang.ProcessImpl", false, null).getDeclaredField("launchMechanism");
            field.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Not opened (or renamed in this JDK): fall back to the property, marked as unverified.
            return new Answer(String.valueOf(System.getProperty(Mechanism.PROPERTY, "POSIX_SPAWN")), false, null);
        }
        try {
            return new Answer(String.valueOf(field.get(null)), true, null);
        } catch (IllegalAccessException e) {
            return new Answer(System.getProperty(Mechanism.PROPERTY), false, "unreadable: " + e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Error e) {
            // ProcessImpl's initialiser throws a bare Error naming the mechanism it rejects.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Answer(System.getProperty(Mechanism.PROPERTY), true, "unsupported-by-jdk"
                    + Runtime.version().feature() + ": " + cause.getMessage());
        }
    }
}
