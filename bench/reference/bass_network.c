/*
 * The project's C reference for `adoptionsim bench`: the model of scenarios/bench/bass-network.yaml
 * written as a tight loop, to measure how close the real model path comes to the hardware floor
 * (issue 13). Build and run it with scripts/bench.sh, or by hand:
 *
 *   gcc -O2 -march=native -pthread -o bass_network bench/reference/bass_network.c -lm
 *   ./bass_network --firms 1000000 --ticks 100 --threads 1 --seed 1
 *
 * The model (the same as the scenario file's):
 *   - network: a ring lattice of degree 10 (each firm ties to the next 5 on the ring) with each tie's
 *     far end rewired, with probability 0.1, to a uniformly drawn firm; self-ties are dropped and
 *     duplicate ties merged, as AdoptionSim's NetworkFactory and Network.FromEdges do; trust 1;
 *   - one idea, no adopter at tick 0; a = r = 1, c = 0;
 *   - each tick, synchronously: a non-adopter f with share S of adopters among its contacts adopts
 *     with probability 1 - exp(-a*r*(1-c)*(p + q*S)*dt), decided on the state at the start of the tick;
 *     then the new adopters raise their contacts' adopter counts;
 *   - randomness: SplitMix64 as in src/AdoptionSim.Core/Random, a counter-based draw per (tick, firm)
 *     (the firm-th output of a stream keyed by the tick) for decisions, a sequential stream for the network.
 * The streams are not AdoptionSim's own keys, so results agree with the C# model in distribution
 * (scripts/bench.sh checks the final shares), not draw for draw.
 *
 * Parallel decisions over fixed chunks of 8,192 firms, each writing its own slice of the found list;
 * the apply step is sequential in chunk order, so results do not depend on --threads. Threads claim
 * chunks from a shared counter and the main thread works too, as .NET's Parallel.For does (the model's
 * Chunks.For): a thread that the OS has not scheduled yet costs nothing, where an OpenMP barrier would
 * wait for it every tick (2-3x slower than one thread on this shared 2-core machine when it was busy).
 *
 * Output: one `key value` per line (firm_ticks_per_s counts every firm in every tick over the tick
 * loop only, excluding the network build).
 */
#define _GNU_SOURCE
#include <math.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

/* The model's constants: scenarios/bench/bass-network.yaml. */
static double p = 0.03, q = 0.38, dt = 0.1, rewire = 0.1;
static int degree = 10;
static const double absorptive = 1.0, relevance = 1.0, complexity = 0.0;

enum { CHUNK = 8192 };
static const uint64_t GAMMA = 0x9E3779B97F4A7C15ULL;

/* SplitMix64's finaliser (Steele, Lea and Flood 2014), as SplitMix64.Mix. */
static inline uint64_t mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* A sub-stream of key for a coordinate (RandomStreams.Derive). */
static inline uint64_t derive(uint64_t key, uint64_t coordinate) { return mix(key ^ mix(coordinate + GAMMA)); }

/* The n-th output of the stream with this key (RandomStreams.At): random access. */
static inline uint64_t at(uint64_t key, uint64_t n) { return mix(key + (n + 1) * GAMMA); }

/* 53 random bits to a double in [0, 1). */
static inline double unit(uint64_t bits) { return (double)(bits >> 11) * 0x1.0p-53; }

/* A sequential stream, for building the network. */
static uint64_t seq_state;
static inline uint64_t seq_next(void) { seq_state += GAMMA; return mix(seq_state); }
static inline double seq_double(void) { return unit(seq_next()); }

/* Uniform in [0, bound): Lemire's multiply-shift with rejection, as SplitMix64.NextInt. */
static int seq_int(int bound)
{
    uint64_t b = (uint64_t)bound;
    for (;;)
    {
        uint64_t m = (seq_next() >> 32) * b;
        uint64_t low = m & 0xFFFFFFFFULL;
        if (low >= b || low >= (0x100000000ULL - b) % b) return (int)(m >> 32);
    }
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec * 1e-9;
}

static void *need(size_t bytes)
{
    void *p = malloc(bytes ? bytes : 1);
    if (!p) { fprintf(stderr, "bass_network: out of memory (%zu bytes)\n", bytes); exit(1); }
    return p;
}

static void *need_zeroed(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size);
    if (!p) { fprintf(stderr, "bass_network: out of memory (%zu x %zu bytes)\n", count, size); exit(1); }
    return p;
}

/* Compressed sparse rows: the contacts of f are targets[offsets[f] .. offsets[f+1]). */
typedef struct { int n; int64_t *offsets; int32_t *targets; } network_t;

static int compare_int(const void *a, const void *b) { int x = *(const int32_t *)a, y = *(const int32_t *)b; return (x > y) - (x < y); }

/* Watts-Strogatz: ring lattice of the given degree, each tie's far end rewired with probability rewire. */
static network_t build_network(int n, uint64_t key)
{
    int half = degree / 2;
    int64_t ties = (int64_t)n * half, count = 0;
    int32_t *from = need(sizeof(int32_t) * ties), *to = need(sizeof(int32_t) * ties);
    seq_state = key;
    for (int i = 0; i < n; i++)
        for (int j = 1; j <= half; j++)
        {
            int t = seq_double() < rewire ? seq_int(n) : (int)(((int64_t)i + j) % n);
            if (t == i) continue; /* a self-tie is dropped, not redrawn (as in the model) */
            from[count] = i;
            to[count] = t;
            count++;
        }
    network_t g = { n, need(sizeof(int64_t) * (n + 1)), need(sizeof(int32_t) * 2 * count) };
    int64_t *fill = need(sizeof(int64_t) * (n + 1));
    memset(g.offsets, 0, sizeof(int64_t) * (n + 1));
    for (int64_t e = 0; e < count; e++) { g.offsets[from[e] + 1]++; g.offsets[to[e] + 1]++; }
    for (int f = 0; f < n; f++) g.offsets[f + 1] += g.offsets[f];
    memcpy(fill, g.offsets, sizeof(int64_t) * (n + 1));
    for (int64_t e = 0; e < count; e++) { g.targets[fill[from[e]]++] = to[e]; g.targets[fill[to[e]]++] = from[e]; }
    /* Sort each row and merge duplicate ties, compacting the rows in place. */
    int64_t write = 0, start = 0;
    for (int f = 0; f < n; f++)
    {
        int64_t end = g.offsets[f + 1];
        qsort(g.targets + start, (size_t)(end - start), sizeof(int32_t), compare_int);
        g.offsets[f] = write;
        for (int64_t e = start; e < end; e++)
            if (e == start || g.targets[e] != g.targets[e - 1]) g.targets[write++] = g.targets[e];
        start = end;
    }
    g.offsets[n] = write;
    free(from);
    free(to);
    free(fill);
    return g;
}

/* What the decision pass reads and writes, set once (the key per tick). */
static int n_firms, chunk_count;
static const uint8_t *adopted;
static const int32_t *adopter_contacts;
static const double *inverse_degree;
static int32_t *found;  /* chunk c's new adopters at found[c*CHUNK ...] */
static int *found_count;
static double hazard_scale; /* a*r*(1-c)*dt */
static uint64_t tick_key;

/* Decisions of the firms of one chunk on the state at the start of the tick. */
static void decide_chunk(int c)
{
    int start = c * CHUNK, end = start + CHUNK < n_firms ? start + CHUNK : n_firms, m = 0;
    const uint64_t key = tick_key;
    for (int f = start; f < end; f++)
    {
        if (adopted[f]) continue;
        double x = hazard_scale * (p + q * (adopter_contacts[f] * inverse_degree[f]));
        double u = unit(at(key, (uint64_t)f));
        /* 1 - e^-x <= x, so u >= x rejects without the exponential (most draws). */
        if (u < x && u < -expm1(-x)) found[start + m++] = f;
    }
    found_count[c] = m;
}

/* Chunks are claimed from `claim` = generation << 32 | next chunk, so a late thread can never take a
 * chunk of a tick that has ended; `done` counts finished chunks of the current tick. */
static struct
{
    pthread_mutex_t lock;
    pthread_cond_t wake;
    unsigned generation;
    int quit;
    _Atomic uint64_t claim;
    atomic_int done;
} pool = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0, 0, 0 };

static void work(unsigned generation)
{
    for (;;)
    {
        uint64_t s = atomic_load_explicit(&pool.claim, memory_order_acquire);
        if ((unsigned)(s >> 32) != generation || (int)(s & 0xFFFFFFFFu) >= chunk_count) return;
        if (!atomic_compare_exchange_weak_explicit(&pool.claim, &s, s + 1, memory_order_acq_rel, memory_order_acquire)) continue;
        decide_chunk((int)(s & 0xFFFFFFFFu));
        atomic_fetch_add_explicit(&pool.done, 1, memory_order_release);
    }
}

static void *worker(void *unused)
{
    (void)unused;
    unsigned seen = 0;
    for (;;)
    {
        pthread_mutex_lock(&pool.lock);
        while (pool.generation == seen && !pool.quit) pthread_cond_wait(&pool.wake, &pool.lock);
        int quit = pool.quit;
        seen = pool.generation;
        pthread_mutex_unlock(&pool.lock);
        if (quit) return NULL;
        work(seen);
    }
}

/* One decision pass: publish the tick, work on it, wait for the chunks other threads claimed. */
static void decide_all(unsigned generation, uint64_t key)
{
    tick_key = key;
    atomic_store_explicit(&pool.done, 0, memory_order_relaxed);
    pthread_mutex_lock(&pool.lock);
    pool.generation = generation;
    atomic_store_explicit(&pool.claim, (uint64_t)generation << 32, memory_order_release);
    pthread_cond_broadcast(&pool.wake);
    pthread_mutex_unlock(&pool.lock);
    work(generation);
    while (atomic_load_explicit(&pool.done, memory_order_acquire) < chunk_count) sched_yield();
}

static void usage(void)
{
    fprintf(stderr, "usage: bass_network [--firms N] [--ticks T] [--threads K] [--seed S]\n"
                    "                    [--p P] [--q Q] [--dt DT] [--degree D] [--rewire B]\n");
    exit(64);
}

int main(int argc, char **argv)
{
    long firms = 1000000, ticks = 100, threads = 1;
    unsigned long long seed = 1;
    for (int i = 1; i < argc; i++)
    {
        if (i + 1 >= argc) usage();
        const char *k = argv[i], *v = argv[++i];
        if (!strcmp(k, "--firms")) firms = atol(v);
        else if (!strcmp(k, "--ticks")) ticks = atol(v);
        else if (!strcmp(k, "--threads")) threads = atol(v);
        else if (!strcmp(k, "--seed")) seed = strtoull(v, NULL, 10);
        else if (!strcmp(k, "--p")) p = atof(v);
        else if (!strcmp(k, "--q")) q = atof(v);
        else if (!strcmp(k, "--dt")) dt = atof(v);
        else if (!strcmp(k, "--degree")) degree = atoi(v);
        else if (!strcmp(k, "--rewire")) rewire = atof(v);
        else usage();
    }
    if (firms <= degree || firms > 2000000000L || ticks < 0 || ticks > 4000000000L || threads < 1 || threads > 256 || degree < 2 || degree % 2)
    {
        fprintf(stderr, "bass_network: need firms > degree, an even degree >= 2, ticks >= 0, 1 <= threads <= 256\n");
        return 64;
    }
    int n = (int)firms;
    uint64_t root = mix(seed ^ 0x5EED0FAD0971000DULL);
    double clock0 = now();
    network_t g = build_network(n, derive(root, 1));
    double build_seconds = now() - clock0;

    uint8_t *is_adopter = need_zeroed((size_t)n, 1);
    int32_t *contacts_adopted = need_zeroed((size_t)n, sizeof(int32_t));
    double *inverse = need(sizeof(double) * n);
    for (int f = 0; f < n; f++)
    {
        int64_t d = g.offsets[f + 1] - g.offsets[f];
        inverse[f] = d > 0 ? 1.0 / (double)d : 0.0;
    }
    n_firms = n;
    chunk_count = (n + CHUNK - 1) / CHUNK;
    adopted = is_adopter;
    adopter_contacts = contacts_adopted;
    inverse_degree = inverse;
    found = need(sizeof(int32_t) * n);
    found_count = need(sizeof(int) * chunk_count);
    hazard_scale = absorptive * relevance * (1.0 - complexity) * dt;
    const uint64_t adoption_key = derive(root, 2);
    long adopters = 0;
    pthread_t *workers = need(sizeof(pthread_t) * threads);
    for (long w = 1; w < threads; w++)
        if (pthread_create(&workers[w], NULL, worker, NULL)) { fprintf(stderr, "bass_network: cannot start a thread\n"); return 1; }

    double clock1 = now();
    for (long t = 1; t <= ticks; t++)
    {
        decide_all((unsigned)t, derive(adoption_key, (uint64_t)t));
        for (int c = 0; c < chunk_count; c++)
            for (int i = 0; i < found_count[c]; i++)
            {
                int f = found[c * CHUNK + i];
                is_adopter[f] = 1;
                adopters++;
                for (int64_t e = g.offsets[f]; e < g.offsets[f + 1]; e++) contacts_adopted[g.targets[e]]++;
            }
    }
    double seconds = now() - clock1;

    pthread_mutex_lock(&pool.lock);
    pool.quit = 1;
    pthread_cond_broadcast(&pool.wake);
    pthread_mutex_unlock(&pool.lock);
    for (long w = 1; w < threads; w++) pthread_join(workers[w], NULL);

    struct rusage usage_now;
    getrusage(RUSAGE_SELF, &usage_now);
    printf("firms %d\n", n);
    printf("ticks %ld\n", ticks);
    printf("threads %ld\n", threads);
    printf("seed %llu\n", seed);
    printf("ties %lld\n", (long long)(g.offsets[n] / 2));
    printf("build_seconds %.3f\n", build_seconds);
    printf("seconds %.3f\n", seconds);
    printf("firm_ticks_per_s %.3e\n", seconds > 0 ? (double)n * ticks / seconds : 0.0);
    printf("final_share %.6f\n", (double)adopters / n);
    printf("peak_memory_mb %.1f\n", usage_now.ru_maxrss / 1024.0);
    return 0;
}
