// V8 flags the command-line tool runs with, set by bin/crosscheck.mjs as it starts (they hold for
// the whole process, batch worker threads included) and passed to the bench's engine processes, so
// the bench measures the engine as the CLI runs it.
//
// --no-turbo-inlining: the engine's hot functions are many, small and called from many places with
// objects of several shapes, so TurboFan's inlining bought little run time and cost much compile
// time, redone after each deoptimisation, on V8's background threads. Measured on the 2-core
// machine (December 2026): `crosscheck batch` on 60 ECB+ cluster requests 13.4-14.5 s -> 12.4-13.5 s
// with one job and 14.1-14.4 s -> 11.7-12.2 s with two, 20 % less CPU; the warm engine on ten
// 5,000-word articles no slower (stage CPU a little lower). Reports are byte-identical.
export const CLI_V8_FLAGS = ['--no-turbo-inlining']
