import { compareClient } from './ui/compare-client.ts'

// Imported first by main.tsx, so the comparison worker starts fetching, compiling and warming its
// engine before the rest of the bundle's modules (React, the app) are evaluated. The demo's
// comparison waits on the worker, not on React, so every millisecond it starts sooner shows.
compareClient.warmUp()
