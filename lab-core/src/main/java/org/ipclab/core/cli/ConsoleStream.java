package org.ipclab.core.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * stdout or stderr in the console's own encoding, text passed through {@link ConsoleText#fit} first.
 * {@link #install()} puts one on each stream, so every {@code System.out.print*} and picocli's writers
 * (see {@link #writer()}) share the rule; bytes written as bytes pass unchanged.
 */
public final class ConsoleStream extends PrintStream {
    private final CharsetEncoder encoder;

    public ConsoleStream(OutputStream out, Charset charset) {
        super(out, true, charset);
        this.encoder = charset.newEncoder();
    }

    /** Replaces System.out and System.err (once; a second call keeps the installed streams). */
    public static synchronized void install() {
        if (!(System.out instanceof ConsoleStream)) {
            System.setOut(new ConsoleStream(new FileOutputStream(FileDescriptor.out), ConsoleText.charsetOf("stdout")));
        }
        if (!(System.err instanceof ConsoleStream)) {
            System.setErr(new ConsoleStream(new FileOutputStream(FileDescriptor.err), ConsoleText.charsetOf("stderr")));
        }
    }

    private synchronized String fit(String s) {
        return ConsoleText.fit(s, encoder);
    }

    @Override
    public void print(String s) {
        super.print(fit(String.valueOf(s)));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    /** A writer over this stream for picocli, which would otherwise encode on its own and print '?'. */
    public PrintWriter writer() {
        ConsoleStream stream = this;
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                stream.print(new String(buf, off, len));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush(); // the process's own stream stays open
            }
        }, true);
    }
}
