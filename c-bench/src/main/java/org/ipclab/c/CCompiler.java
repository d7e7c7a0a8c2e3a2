package org.ipclab.c;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.PrivateDir;

/**
 * The machine's C compiler ({@code $CC} where set, whose first word is the program and the rest its
 * options, as make reads it; else {@code cc} on the {@code PATH}) and the
 * reference program built with it. The program is compiled once per run into the run's private
 * folder (never the source tree), under a name that hashes the source, compiler and flags, so the
 * forks after the first reuse it.
 */
final class CCompiler {
    static final String SOURCE = "reference.c";
    static final List<String> FLAGS = List.of("-O2", "-pthread");
    private static final long COMPILE_SECONDS = 120;

    private final Path cc;
    private final List<String> options;

    private CCompiler(Path cc, List<String> options) {
        this.cc = cc;
        this.options = List.copyOf(options);
    }

    /** The compiler this environment names, if it exists and is executable; empty means no cc. */
    static Optional<CCompiler> find(Map<String, String> env) {
        String named = env.getOrDefault("CC", "").isBlank() ? "cc" : env.get("CC").strip();
        List<String> words = List.of(named.split("\\s+"));
        List<String> options = words.subList(1, words.size());
        if (words.get(0).contains("/")) {
            Path path = Path.of(words.get(0));
            return Files.isExecutable(path) ? Optional.of(new CCompiler(path, options)) : Optional.empty();
        }
        for (String dir : env.getOrDefault("PATH", "").split(":")) {
            Path path = Path.of(dir.isEmpty() ? "." : dir, words.get(0));
            if (Files.isExecutable(path) && !Files.isDirectory(path)) {
                return Optional.of(new CCompiler(path, options));
            }
        }
        return Optional.empty();
    }

    /** The compiler as run: its path and any options {@code $CC} gave it. */
    String describe() {
        return String.join(" ", command());
    }

    private List<String> command() {
        List<String> command = new ArrayList<>(List.of(cc.toString()));
        command.addAll(options);
        return command;
    }

    /** A compile that failed; {@code output} is what the compiler said. */
    static final class CompileException extends Exception {
        CompileException(String output) {
            super(output);
        }
    }

    /** The reference program; {@code compiled} is false when an earlier fork of the run had built it. */
    record Built(Path program, boolean compiled) {
    }

    /** The program, compiled into {@code folder} unless an earlier fork of the run did. */
    Built program(Path folder) throws IOException, InterruptedException, CompileException {
        byte[] source = source();
        Path dir = Files.createDirectories(folder.resolve("c-" + hash(source)));
        Path program = dir.resolve("ipclab-c");
        if (Files.isExecutable(program)) {
            return new Built(program, false);
        }
        Path src = dir.resolve(SOURCE);
        Files.write(src, source);
        // Compiled beside, then moved into place: a fork killed mid-compile leaves no half-written program.
        Path partial = dir.resolve("ipclab-c.partial-" + ProcessHandle.current().pid());
        List<String> command = command();
        command.addAll(FLAGS);
        command.addAll(List.of("-o", partial.toString(), src.toString()));
        Process compile = new ProcessBuilder(command).redirectErrorStream(true).start();
        compile.getOutputStream().close();
        String output;
        try (InputStream in = compile.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!compile.waitFor(COMPILE_SECONDS, TimeUnit.SECONDS)) {
            compile.destroyForcibly();
            PrivateDir.deleteTree(partial);
            throw new CompileException(cc + " did not finish in " + COMPILE_SECONDS + " s");
        }
        if (compile.exitValue() != 0 || !Files.isExecutable(partial)) {
            PrivateDir.deleteTree(partial);
            throw new CompileException(cc + " exited " + compile.exitValue() + ": " + output.strip());
        }
        Files.move(partial, program, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Built(program, true);
    }

    /** The compiler's own first line of {@code --version}, for the record; its path when it says nothing. */
    String version() {
        try {
            List<String> command = command();
            command.add("--version");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String first;
            try (InputStream in = p.getInputStream()) {
                first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            }
            p.waitFor(10, TimeUnit.SECONDS);
            return first.isBlank() ? cc.toString() : first.strip();
        } catch (IOException e) {
            return cc.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return cc.toString();
        }
    }

    static byte[] source() throws IOException {
        try (InputStream in = CCompiler.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IOException(SOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        }
    }

    private String hash(byte[] source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(source);
            digest.update((describe() + " " + FLAGS).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
