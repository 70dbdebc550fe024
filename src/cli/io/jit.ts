/**
 * V8 settings for the CLI's engine threads (the library sets nothing: this
 * is the `kutip` process only).
 *
 * What was measured (per-thread CPU from /proc, as in bench/batch.ts; a
 * shared, loaded machine, so ±10%): on the 408-article corpus four times
 * over, `--jobs 1` spent ~4.5–5.5 s of CPU on the main thread and another
 * ~3.5 s on V8's background threads, nearly all of it TurboFan compiling
 * (with --no-concurrent-recompilation that time moves to the main thread;
 * with --single-threaded-gc it does not go away). The engine's large
 * functions are optimised with deep inlining and de-optimised again as new
 * articles bring new shapes ("wrong map", "insufficient type feedback"), and
 * every engine thread compiles its own copy: with two workers on two cores
 * the compiler takes much of the time the workers need. Without TurboFan
 * inlining the compile CPU halves (corpus ×4: 3.4–3.7 → 1.8–2.0 s; ×16:
 * 4.2–4.6 → 2.2 s) while the main thread stays within the noise (×16:
 * 15.1–17.0 s with inlining, 16.3–17.1 s without), so total CPU per article
 * falls by 7% (×16) to 25% (×4).
 *
 * With two or more engine threads, each also optimises later: a higher
 * interrupt budget (300,000 bytes of bytecode run before a function is
 * considered, V8's default 67,584) leaves the rarely hot functions to the
 * baseline tiers. Each thread compiles its own code, and on a machine with as
 * many threads as cores the compiler has no idle core left to run on: the
 * compile CPU of a --jobs 2 run roughly halves (corpus: 1.7 → 0.7–0.9 s;
 * corpus ×4: 3.3 → 1.7–2.0 s), the 2-worker speed-up on the corpus and on
 * corpus ×4 rises by 0.05–0.2 (0.76–0.98 → 0.85–1.43; 1.0 → 1.03–1.19),
 * and long runs (×16) take about 2% longer. One engine thread
 * keeps V8's default: its compiler runs on an idle core, and there the later
 * optimisation only costs (main thread +10%).
 *
 *   tuneJit(threads)     // before the engine is loaded or a worker started
 *
 * V8 flags are per process, so worker threads started afterwards share
 * them. `KUTIP_JIT=default` keeps V8's defaults (to measure the difference).
 */
import v8 from 'node:v8'

let tuned = false

/** `threads`: the engine threads about to run (1: this thread). */
export function tuneJit(threads: number): void {
  if (tuned || process.env.KUTIP_JIT === 'default') return
  tuned = true
  v8.setFlagsFromString('--no-turbo-inlining')
  if (threads >= 2) v8.setFlagsFromString('--interrupt-budget=300000')
}
