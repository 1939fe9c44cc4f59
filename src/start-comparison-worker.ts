import { compareClient } from './ui/compare-client.ts'

// A script of its own in index.html, before the app's: its few modules load and run at once, so the
// comparison worker starts fetching, compiling and warming its engine while the app's modules (React,
// the views) still load and evaluate. The demo's comparison waits on the worker, not on React; on the
// dev server, where the app's ~230 modules load one by one, the worker no longer waits for all of them.
compareClient.warmUp()
