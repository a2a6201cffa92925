import v8 from "node:v8";

/**
 * How far, in percent, V8 lets the old generation grow past what the last full collection kept
 * before it collects again. Left to itself V8 grows it up to fourfold for a process that allocates
 * fast, which a GraphQL server under load does: at concurrency 16 the neighborhood query took the heap
 * from about 70 MB live to about 300 MB of mostly garbage before the first full collection. With 50 %
 * the heap stays near 1.5 times what is live. It is a growth factor, not a ceiling, so a request that
 * really needs more memory still gets it.
 */
export const HEAP_GROWING_PERCENT = 50;

// Set on import: main.ts imports this module first, so the factor is in place before loading the
// schema and the extraction data fills the heap and V8 sets its next collection from them. V8 reads
// it at every full collection, so no command-line flag is needed and every launcher of dist/main.js
// (npm start, the bench, the load test) gets it.
v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
