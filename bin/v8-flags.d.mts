/** V8 flags the command-line tool runs with (see v8-flags.mjs for why). */
export declare const CLI_V8_FLAGS: readonly string[]
