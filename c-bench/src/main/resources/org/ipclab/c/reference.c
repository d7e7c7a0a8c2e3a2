/*
 * The lab's C reference: what the kernel and the hardware allow, measured the way the Java cases
 * measure it, so each Java row can be read as a multiple of its C twin from the same run.
 *
 *   ipclab-c rtt <pipe|fifo|uds|tcp|shm> <size> <warm-min-ms> <warm-min-count> <warm-max-ms> <measure-ms> <dir> <peer-cpus|->
 *   ipclab-c floor <warm-min-ms> <warm-min-count> <warm-max-ms> <measure-ms>
 *   ipclab-c spawn <posix_spawn|vfork|fork> <warmup> <measured>
 *   ipclab-c thread <warmup> <measured>
 *
 * Round trips frame every message as the Java codec does ([seq|flags][crc32c][payload], the sequence
 * stamped in every 64-byte line, the receive buffer poisoned first); the echo process checks each one
 * inside the timed round trip, the rig checks the echo outside it.
 *
 *   rig (this process)                        echo (forked child, pinned to peer-cpus)
 *   encode; t0; send ───────────────────────▶ poison; receive; verify
 *   receive; t1; verify; record t1-t0 ◀────── send back
 *
 * Nothing is printed until the measurement is over: then, on stdout, the warm-up count and every
 * interval (wall-clock start and end in ms, samples in ns), cut every 25 ms as the lab's recorder cuts:
 *
 *   ipclab-c 1 / warmup N / interval START END COUNT / COUNT lines of ns ... / end INTERVALS SAMPLES
 *
 * A failure prints "error: <reason-word>: <what>" on stderr and exits 3.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

enum { HEADER = 8, LINE = 64, CHECK_EVERY = 256 };
static const uint32_t REPLY = 1u << 31, STOP = 1u << 30, SEQ_MASK = (1u << 30) - 1, POISON = 0xffffffffu;
static const int64_t INTERVAL_NS = 25000000;
static const long MAX_SAMPLES = 20000000;

static void fail(const char *reason, const char *format, ...) {
    va_list args;
    va_start(args, format);
    fprintf(stderr, "error: %s: ", reason);
    vfprintf(stderr, format, args);
    fprintf(stderr, "\n");
    va_end(args);
    exit(3);
}

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int64_t wall_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ volatile("yield");
#endif
}

/* ---- recording: the lab's LatencyRecorder, in C (intervals closed every 25 ms, checked every 256 samples) ---- */

struct interval { int64_t start_ms, end_ms; long first, count; };
static int64_t *samples;
static long n_samples, cap_samples, warmup_discarded;
static struct interval *intervals;
static long n_intervals, cap_intervals;
static int64_t interval_start_ms, interval_deadline_ns;
static long interval_first;
static int until_check = CHECK_EVERY;

static void recorder_reset(void) {
    warmup_discarded += n_samples;
    n_samples = 0;
    n_intervals = 0;
    interval_first = 0;
    interval_start_ms = wall_ms();
    interval_deadline_ns = now_ns() + INTERVAL_NS;
}

static void close_interval(void) {
    int64_t end = wall_ms();
    if (n_samples > interval_first) {
        if (n_intervals == cap_intervals) {
            cap_intervals = cap_intervals ? cap_intervals * 2 : 256;
            intervals = realloc(intervals, sizeof *intervals * cap_intervals);
            if (!intervals) fail("outofmemory", "intervals");
        }
        intervals[n_intervals++] = (struct interval){interval_start_ms, end, interval_first, n_samples - interval_first};
    }
    interval_first = n_samples;
    interval_start_ms = end;
    interval_deadline_ns = now_ns() + INTERVAL_NS;
}

static void record(int64_t ns) {
    if (n_samples == cap_samples) {
        cap_samples = cap_samples ? cap_samples * 2 : 65536;
        samples = realloc(samples, sizeof *samples * cap_samples);
        if (!samples) fail("outofmemory", "%ld samples", n_samples);
    }
    samples[n_samples++] = ns < 0 ? 0 : ns;
    if (--until_check == 0) {
        until_check = CHECK_EVERY;
        if (now_ns() >= interval_deadline_ns) close_interval();
    }
}

static void print_samples(void) {
    close_interval();
    printf("ipclab-c 1\nwarmup %ld\n", warmup_discarded);
    for (long i = 0; i < n_intervals; i++) {
        struct interval *v = &intervals[i];
        printf("interval %lld %lld %ld\n", (long long)v->start_ms, (long long)v->end_ms, v->count);
        for (long k = v->first; k < v->first + v->count; k++) printf("%lld\n", (long long)samples[k]);
    }
    printf("end %ld %ld\n", n_intervals, n_samples);
    if (fflush(stdout)) fail("write", "stdout: %s", strerror(errno));
}

/* The Java rig's warm-up rule: over at max_ns, or once both min_count operations and min_ns have passed. */
static int warm_over(long count, int64_t elapsed, int64_t min_ns, long min_count, int64_t max_ns) {
    return elapsed >= max_ns || (count >= min_count && elapsed >= min_ns);
}

/* ---- messages: the Java codec's frame ---- */

static uint32_t crc_table[256];

static void crc_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0x82f63b78u : c >> 1;
        crc_table[i] = c;
    }
}

static uint32_t crc_soft(uint32_t c, const unsigned char *p, size_t n) {
    while (n--) c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8);
    return c;
}

#if defined(__x86_64__)
/* The JDK's CRC32C uses the CPU's crc32 instruction where present: so does the reference. */
__attribute__((target("sse4.2"))) static uint32_t crc_hard(uint32_t c, const unsigned char *p, size_t n) {
    uint64_t c64 = c;
    for (; n >= 8; n -= 8, p += 8) {
        uint64_t word;
        memcpy(&word, p, 8);
        c64 = __builtin_ia32_crc32di(c64, word);
    }
    c = (uint32_t)c64;
    while (n--) c = __builtin_ia32_crc32qi(c, *p++);
    return c;
}
static int have_crc_hard;
#endif

static uint32_t crc32c(const unsigned char *m, int size) {
    uint32_t c = ~0u;
#if defined(__x86_64__)
    if (have_crc_hard) {
        c = crc_hard(c, m, 4);
        return ~crc_hard(c, m + HEADER, size - HEADER);
    }
#endif
    c = crc_soft(c, m, 4);
    return ~crc_soft(c, m + HEADER, size - HEADER);
}

static uint32_t get32(const unsigned char *m, int at) { uint32_t v; memcpy(&v, m + at, 4); return v; }
static void put32(unsigned char *m, int at, uint32_t v) { memcpy(m + at, &v, 4); }

/* Line 0's stamp follows the header; then the first word of each further line (a short last line: its last word). */
static int first_stamp(int size) { return size >= HEADER + 4 ? HEADER : -1; }
static int next_stamp(int at, int size) {
    int line = (at / LINE + 1) * LINE;
    if (line >= size) return -1;
    int word = line < size - 4 ? line : size - 4;
    return word > at ? word : -1;
}

static unsigned char *new_buffer(int size) {
    unsigned char *m = malloc(size);
    if (!m) fail("outofmemory", "a %d-byte message", size);
    uint64_t x = 0x9e3779b97f4a7c15ull ^ (uint64_t)size;
    for (int i = 0; i < size; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        m[i] = (unsigned char)x;
    }
    return m;
}

static void encode(unsigned char *m, int size, uint32_t seq, uint32_t flags) {
    put32(m, 0, (seq & SEQ_MASK) | flags);
    for (int at = first_stamp(size); at >= 0; at = next_stamp(at, size)) put32(m, at, seq & SEQ_MASK);
    put32(m, 4, crc32c(m, size));
}

static void poison(unsigned char *m, int size) {
    put32(m, 0, POISON);
    put32(m, 4, ~get32(m, 4));
    for (int at = first_stamp(size); at >= 0; at = next_stamp(at, size)) put32(m, at, POISON);
}

/* Checks every stamp, the checksum and the sequence; returns the flags. */
static uint32_t verify(const unsigned char *m, int size, uint32_t seq) {
    uint32_t expected = seq & SEQ_MASK;
    for (int at = first_stamp(size); at >= 0; at = next_stamp(at, size))
        if (get32(m, at) != expected) fail("payload-mismatch", "cache line %d of message %u carries %u", at / LINE, expected, get32(m, at));
    if (get32(m, 4) != crc32c(m, size)) fail("checksum-mismatch", "message %u", expected);
    if ((get32(m, 0) & SEQ_MASK) != expected) fail("sequence-mismatch", "message %u where %u was due", get32(m, 0) & SEQ_MASK, expected);
    return get32(m, 0) & ~SEQ_MASK;
}

/* ---- channels: a pair of descriptors (pipe, fifo, uds, tcp) or a turn word in a shared mapping (shm) ---- */

struct channel {
    int in, out;               /* descriptors: read from in, write to out */
    volatile int64_t *turn;    /* shm: odd turns the rig's messages, even ones the echoes */
    unsigned char *data;
    int64_t next_turn;
};

static void full_io(int write_side, int fd, unsigned char *buf, int size) {
    int done = 0;
    while (done < size) {
        ssize_t r = write_side ? write(fd, buf + done, size - done) : read(fd, buf + done, size - done);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) fail(r == 0 ? "peer-closed" : "io", "%s: %s", write_side ? "write" : "read", r == 0 ? "end of stream" : strerror(errno));
        done += r;
    }
}

static void await_turn(struct channel *c, int64_t turn) {
    while (__atomic_load_n(c->turn, __ATOMIC_ACQUIRE) != turn) cpu_relax();
}

static void send_msg(struct channel *c, unsigned char *m, int size) {
    if (c->turn) {
        await_turn(c, c->next_turn);
        memcpy(c->data, m, size);
        __atomic_store_n(c->turn, ++c->next_turn, __ATOMIC_RELEASE);
    } else {
        full_io(1, c->out, m, size);
    }
}

static void receive_msg(struct channel *c, unsigned char *m, int size) {
    if (c->turn) {
        await_turn(c, c->next_turn + 1);
        memcpy(m, c->data, size);
        c->next_turn++;
    } else {
        full_io(0, c->in, m, size);
    }
}

static void pin(const char *cpus) {
    if (!cpus || !strcmp(cpus, "-")) return;
    cpu_set_t set;
    CPU_ZERO(&set);
    for (const char *p = cpus; *p;) {
        char *end;
        long lo = strtol(p, &end, 10), hi = lo;
        if (end == p) fail("bad-cpus", "'%s'", cpus);
        if (*end == '-') hi = strtol(end + 1, &end, 10);
        for (long c = lo; c <= hi; c++) CPU_SET(c, &set);
        p = *end == ',' ? end + 1 : end;
        if (*end && *end != ',') fail("bad-cpus", "'%s'", cpus);
    }
    if (sched_setaffinity(0, sizeof set, &set)) fail("pin", "cpus %s: %s", cpus, strerror(errno));
}

/* The echo: every message verified and sent back, until STOP. Dies with the rig (PDEATHSIG). */
static void echo(struct channel *c, int size) {
    unsigned char *m = new_buffer(size);
    for (uint32_t seq = 0;; seq++) {
        poison(m, size);
        receive_msg(c, m, size);
        uint32_t flags = verify(m, size, seq);
        if (flags) send_msg(c, m, size);
        if (flags & STOP) _exit(0);
    }
}

static pid_t start_echo(struct channel *child_end, int size, const char *peer_cpus, int close_fd) {
    pid_t rig = getpid();
    fflush(stdout);
    pid_t p = fork();
    if (p < 0) fail("fork", "%s", strerror(errno));
    if (p == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != rig) _exit(1);
        if (close_fd >= 0) close(close_fd);
        pin(peer_cpus);
        echo(child_end, size);
    }
    return p;
}

static void tcp_pair(int *a, int *b) {
    int one = 1, l = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = 0};
    socklen_t len = sizeof addr;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (l < 0 || bind(l, (void *)&addr, sizeof addr) || listen(l, 1) || getsockname(l, (void *)&addr, &len))
        fail("tcp", "listen on 127.0.0.1: %s", strerror(errno));
    *a = socket(AF_INET, SOCK_STREAM, 0);
    if (*a < 0 || connect(*a, (void *)&addr, sizeof addr)) fail("tcp", "connect: %s", strerror(errno));
    *b = accept(l, NULL, NULL);
    if (*b < 0) fail("tcp", "accept: %s", strerror(errno));
    close(l);
    setsockopt(*a, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setsockopt(*b, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/* Two FIFOs in the case's private folder, opened by both sides and unlinked at once: nothing outlives the case. */
static void fifo_pair(const char *dir, struct channel *rig, struct channel *child, int size, const char *peer_cpus, pid_t *echo_pid) {
    char up[4096], down[4096];
    snprintf(up, sizeof up, "%s/c-up.fifo", dir);
    snprintf(down, sizeof down, "%s/c-down.fifo", dir);
    if (mkfifo(up, 0600) || mkfifo(down, 0600)) fail("fifo", "mkfifo in %s: %s", dir, strerror(errno));
    pid_t rig_pid = getpid();
    fflush(stdout);
    pid_t p = fork();
    if (p < 0) fail("fork", "%s", strerror(errno));
    if (p == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != rig_pid) _exit(1);
        child->in = open(up, O_RDONLY);
        child->out = open(down, O_WRONLY);
        if (child->in < 0 || child->out < 0) fail("fifo", "open: %s", strerror(errno));
        pin(peer_cpus);
        echo(child, size);
    }
    rig->out = open(up, O_WRONLY);
    rig->in = open(down, O_RDONLY);
    if (rig->in < 0 || rig->out < 0) fail("fifo", "open: %s", strerror(errno));
    unlink(up);
    unlink(down);
    *echo_pid = p;
}

static int rtt(int argc, char **argv) {
    if (argc != 10) fail("usage", "rtt <transport> <size> <warm-min-ms> <warm-min-count> <warm-max-ms> <measure-ms> <dir> <peer-cpus|->");
    const char *transport = argv[2], *dir = argv[8], *peer_cpus = argv[9];
    int size = atoi(argv[3]);
    int64_t warm_min_ns = atoll(argv[4]) * 1000000LL, warm_max_ns = atoll(argv[6]) * 1000000LL;
    long warm_min_count = atol(argv[5]);
    int64_t measure_ns = atoll(argv[7]) * 1000000LL;
    if (size < HEADER) fail("bad-size", "%d (at least %d)", size, HEADER);
    struct channel rig = {-1, -1, NULL, NULL, 0}, child = {-1, -1, NULL, NULL, 0};
    pid_t p;
    if (!strcmp(transport, "pipe") || !strcmp(transport, "uds") || !strcmp(transport, "tcp")) {
        int a, b, c, d;
        if (!strcmp(transport, "pipe")) {
            int up[2], down[2];
            if (pipe(up) || pipe(down)) fail("pipe", "%s", strerror(errno));
            rig.out = up[1]; child.in = up[0]; child.out = down[1]; rig.in = down[0];
            p = start_echo(&child, size, peer_cpus, -1);
            close(up[0]); close(down[1]);
        } else {
            if (!strcmp(transport, "uds")) {
                int sv[2];
                if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) fail("uds", "socketpair: %s", strerror(errno));
                a = sv[0]; b = sv[1];
            } else {
                tcp_pair(&a, &b);
            }
            c = a; d = b;
            rig.in = rig.out = c;
            child.in = child.out = d;
            p = start_echo(&child, size, peer_cpus, c);
            close(d);
        }
    } else if (!strcmp(transport, "fifo")) {
        fifo_pair(dir, &rig, &child, size, peer_cpus, &p);
    } else if (!strcmp(transport, "shm")) {
        size_t bytes = (LINE + (size_t)size + 4095) & ~(size_t)4095;
        void *map = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (map == MAP_FAILED) fail("shm", "mmap %zu bytes: %s", bytes, strerror(errno));
        /* The turn word, then the message right after it, as the Java shm channel lays them out. */
        rig.turn = child.turn = map;
        rig.data = child.data = (unsigned char *)map + sizeof(int64_t);
        p = start_echo(&child, size, peer_cpus, -1);
    } else {
        fail("bad-transport", "'%s' (valid: pipe, fifo, uds, tcp, shm)", transport);
    }
    unsigned char *out = new_buffer(size), *in = new_buffer(size);
    poison(in, size);
    uint32_t seq = 0;
    int64_t start = now_ns(), t1;
    long count = 0;
    do { /* warm-up: at least warm-min-ms and warm-min-count round trips, at most warm-max-ms */
        encode(out, size, seq, REPLY);
        int64_t t0 = now_ns();
        send_msg(&rig, out, size);
        receive_msg(&rig, in, size);
        t1 = now_ns();
        verify(in, size, seq++);
        poison(in, size);
        record(t1 - t0);
        count++;
    } while (!warm_over(count, t1 - start, warm_min_ns, warm_min_count, warm_max_ns));
    recorder_reset();
    int64_t end = now_ns() + measure_ns;
    do {
        encode(out, size, seq, REPLY);
        int64_t t0 = now_ns();
        send_msg(&rig, out, size);
        receive_msg(&rig, in, size);
        t1 = now_ns();
        verify(in, size, seq++);
        poison(in, size);
        record(t1 - t0);
    } while (t1 < end && n_samples < MAX_SAMPLES);
    encode(out, size, seq, STOP);
    send_msg(&rig, out, size);
    receive_msg(&rig, in, size);
    verify(in, size, seq);
    int status;
    if (waitpid(p, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status))
        fail("echo-failed", "the echo process ended with status %d", status);
    print_samples();
    return 0;
}

/* The floor: two processes spinning on one cache line of a shared mapping, ping and pong words, as the
   lab's calibration does between two JVMs. */
static int floor_rtt(int64_t warm_min_ns, long warm_min_count, int64_t warm_max_ns, int64_t measure_ns) {
    volatile int64_t *line = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (line == MAP_FAILED) fail("shm", "mmap: %s", strerror(errno));
    pid_t rig = getpid();
    fflush(stdout);
    pid_t p = fork();
    if (p < 0) fail("fork", "%s", strerror(errno));
    if (p == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != rig) _exit(1);
        for (int64_t seen = 0, v;; seen = v) {
            while ((v = __atomic_load_n(&line[0], __ATOMIC_ACQUIRE)) == seen) cpu_relax();
            if (v < 0) _exit(0);
            __atomic_store_n(&line[1], v, __ATOMIC_RELEASE);
        }
    }
    int64_t start = now_ns(), end = 0, t1;
    long count = 0;
    int measuring = 0;
    for (int64_t i = 1;; i++) {
        int64_t t0 = now_ns();
        __atomic_store_n(&line[0], i, __ATOMIC_RELEASE);
        int64_t pong;
        while ((pong = __atomic_load_n(&line[1], __ATOMIC_ACQUIRE)) == i - 1) cpu_relax();
        t1 = now_ns();
        if (pong != i) fail("sequence-mismatch", "floor echo out of order: sent %lld, got %lld", (long long)i, (long long)pong);
        record(t1 - t0);
        count++;
        if (!measuring && warm_over(count, t1 - start, warm_min_ns, warm_min_count, warm_max_ns)) {
            recorder_reset();
            measuring = 1;
            end = now_ns() + measure_ns;
        } else if (measuring && (t1 >= end || n_samples >= MAX_SAMPLES)) {
            break;
        }
    }
    __atomic_store_n(&line[0], -1, __ATOMIC_RELEASE);
    int status;
    if (waitpid(p, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status))
        fail("echo-failed", "the floor's echo ended with status %d", status);
    print_samples();
    return 0;
}

/* ---- creation: a process running /bin/true to its exit, a thread to its join ---- */

static volatile int last_run;
static void *store(void *seq) { last_run = (int)(intptr_t)seq; return NULL; }

static int starts(const char *what, const char *mechanism, long warmup, long measured) {
    char *args[] = {"/bin/true", NULL};
    for (long i = 0; i < warmup + measured; i++) {
        if (i == warmup) recorder_reset();
        int64_t t0 = now_ns();
        if (!strcmp(what, "thread")) {
            pthread_t th;
            if (pthread_create(&th, NULL, store, (void *)(intptr_t)i) || pthread_join(th, NULL)) fail("thread", "create/join");
        } else {
            pid_t p = -1;
            if (!strcmp(mechanism, "posix_spawn")) {
                if (posix_spawn(&p, args[0], NULL, NULL, args, environ)) fail("spawn", "posix_spawn: %s", strerror(errno));
            } else if (!strcmp(mechanism, "fork") || !strcmp(mechanism, "vfork")) {
                p = !strcmp(mechanism, "fork") ? fork() : vfork();
                if (p == 0) { execve(args[0], args, environ); _exit(127); }
                if (p < 0) fail("spawn", "%s: %s", mechanism, strerror(errno));
            } else {
                fail("bad-mechanism", "'%s' (valid: posix_spawn, vfork, fork)", mechanism);
            }
            int status;
            if (waitpid(p, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) fail("spawn", "/bin/true ended with status %d", status);
        }
        record(now_ns() - t0);
        if (!strcmp(what, "thread") && last_run != (int)i) fail("task-did-not-run", "thread %ld", i);
    }
    print_samples();
    return 0;
}

int main(int argc, char **argv) {
    prctl(PR_SET_PDEATHSIG, SIGKILL); /* the case JVM is gone: so is its reference */
    crc_init();
#if defined(__x86_64__)
    have_crc_hard = __builtin_cpu_supports("sse4.2");
#endif
    recorder_reset();
    warmup_discarded = 0;
    if (argc >= 2 && !strcmp(argv[1], "rtt")) return rtt(argc, argv);
    if (argc == 6 && !strcmp(argv[1], "floor"))
        return floor_rtt(atoll(argv[2]) * 1000000LL, atol(argv[3]), atoll(argv[4]) * 1000000LL, atoll(argv[5]) * 1000000LL);
    if (argc == 5 && !strcmp(argv[1], "spawn")) return starts("spawn", argv[2], atol(argv[3]), atol(argv[4]));
    if (argc == 4 && !strcmp(argv[1], "thread")) return starts("thread", NULL, atol(argv[2]), atol(argv[3]));
    fail("usage", "ipclab-c rtt|floor|spawn|thread ... (see the comment at the top of reference.c)");
    return 3;
}
