/*
 * What the hardware and kernel allow, measured in C: the reference the lab's Java numbers are judged
 * against on the same machine. Each mode prints one line: name, samples, p50, p90, p99 (ns).
 * Build and run through scripts/c-baseline.sh.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;
enum { MSG = 64 };

static int64_t now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int cmp(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static void report(const char *name, int64_t *s, int n) {
    qsort(s, n, sizeof *s, cmp);
    printf("%-22s n=%-8d p50=%-10lld p90=%-10lld p99=%lld\n", name, n, (long long)s[n / 2],
           (long long)s[n * 9 / 10], (long long)s[n * 99 / 100]);
}

static void full_io(ssize_t (*op)(int, void *, size_t), int fd, char *buf) {
    size_t done = 0;
    while (done < MSG) {
        ssize_t r = op(fd, buf + done, MSG - done);
        if (r <= 0) { perror("io"); exit(1); }
        done += r;
    }
}
static ssize_t rd(int fd, void *b, size_t n) { return read(fd, b, n); }
static ssize_t wr(int fd, void *b, size_t n) { return write(fd, b, n); }

/* Round trips of 64 B between this process and a forked echo child over two descriptors. */
static void ping_pong(const char *name, int out, int in, int child_in, int child_out, int n) {
    int warm = n / 5;
    int64_t *s = malloc(sizeof *s * n);
    char buf[MSG] = {0};
    pid_t p = fork();
    if (p == 0) {
        for (int i = 0; i < warm + n; i++) { full_io(rd, child_in, buf); full_io(wr, child_out, buf); }
        _exit(0);
    }
    for (int i = 0; i < warm + n; i++) {
        int64_t t = now();
        full_io(wr, out, buf);
        full_io(rd, in, buf);
        if (i >= warm) s[i - warm] = now() - t;
    }
    waitpid(p, NULL, 0);
    report(name, s, n);
    free(s);
}

static void pipes(int n) {
    int a[2], b[2];
    if (pipe(a) || pipe(b)) { perror("pipe"); exit(1); }
    ping_pong("pipe-rtt-64B", a[1], b[0], a[0], b[1], n);
}

static void unix_sockets(int n) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) { perror("socketpair"); exit(1); }
    ping_pong("uds-rtt-64B", sv[0], sv[0], sv[1], sv[1], n);
}

static void tcp(int n) {
    int one = 1, l = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = 0 };
    socklen_t len = sizeof a;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(l, (void *)&a, sizeof a) || listen(l, 1) || getsockname(l, (void *)&a, &len)) { perror("tcp"); exit(1); }
    int c = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(c, (void *)&a, sizeof a)) { perror("connect"); exit(1); }
    int s = accept(l, NULL, NULL);
    setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ping_pong("tcp-rtt-64B", c, c, s, s, n);
}

/* Two processes spinning on one cache line of a shared mapping: the floor. */
static void cache_line(int n) {
    volatile int64_t *line = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int warm = n / 5;
    int64_t *s = malloc(sizeof *s * n);
    pid_t p = fork();
    if (p == 0) {
        int64_t seen = 0, v;
        for (;;) {
            while ((v = __atomic_load_n(&line[0], __ATOMIC_ACQUIRE)) == seen) __builtin_ia32_pause();
            if (v < 0) _exit(0);
            __atomic_store_n(&line[1], v, __ATOMIC_RELEASE);
            seen = v;
        }
    }
    for (int64_t i = 1; i <= warm + n; i++) {
        int64_t t = now();
        __atomic_store_n(&line[0], i, __ATOMIC_RELEASE);
        while (__atomic_load_n(&line[1], __ATOMIC_ACQUIRE) != i) __builtin_ia32_pause();
        if (i > warm) s[i - warm - 1] = now() - t;
    }
    line[0] = -1;
    waitpid(p, NULL, 0);
    report("shm-line-rtt", s, n);
    free(s);
}

static void *noop(void *a) { return a; }

static void starts(const char *mode, int n) {
    int warm = n / 5;
    int64_t *s = malloc(sizeof *s * n);
    char *args[] = {"/bin/true", NULL};
    for (int i = 0; i < warm + n; i++) {
        int64_t t = now();
        if (!strcmp(mode, "posix_spawn")) {
            pid_t p;
            if (posix_spawn(&p, "/bin/true", NULL, NULL, args, environ)) { perror("posix_spawn"); exit(1); }
            waitpid(p, NULL, 0);
        } else if (!strcmp(mode, "fork")) {
            pid_t p = fork();
            if (p == 0) { execve("/bin/true", args, environ); _exit(127); }
            waitpid(p, NULL, 0);
        } else {
            pthread_t th;
            pthread_create(&th, NULL, noop, NULL);
            pthread_join(th, NULL);
        }
        if (i >= warm) s[i - warm] = now() - t;
    }
    char name[64];
    snprintf(name, sizeof name, "%s-start", mode);
    report(name, s, n);
    free(s);
}

/* Uncontended lock+unlock, timed in batches since one clock read costs more than the operation.
   A second thread exists so glibc keeps its atomics, as in any multi-threaded program. */
static void *idle(void *a) { pause(); return a; }
static void mutex(int n) {
    pthread_t other;
    pthread_create(&other, NULL, idle, NULL);
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    volatile long counter = 0;
    int64_t *s = malloc(sizeof *s * n);
    for (int i = 0; i < n; i++) {
        int64_t t = now();
        for (int k = 0; k < 1000; k++) { pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m); }
        s[i] = (now() - t) / 1000;
    }
    report("mutex-lock-unlock", s, n);
    free(s);
}

int main(int argc, char **argv) {
    const char *only = argc > 1 ? argv[1] : "all";
    int all = !strcmp(only, "all");
    if (all || !strcmp(only, "shm")) cache_line(1000000);
    if (all || !strcmp(only, "pipe")) pipes(100000);
    if (all || !strcmp(only, "uds")) unix_sockets(100000);
    if (all || !strcmp(only, "tcp")) tcp(100000);
    if (all || !strcmp(only, "posix_spawn")) starts("posix_spawn", 1000);
    if (all || !strcmp(only, "fork")) starts("fork", 1000);
    if (all || !strcmp(only, "pthread")) starts("pthread", 50000);
    if (all || !strcmp(only, "mutex")) mutex(10000);
    return 0;
}
