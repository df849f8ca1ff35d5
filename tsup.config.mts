import type { Options } from 'tsup'

// The library as ESM and CJS with types; the CLI as ESM only, since it is
// run, never imported. `npm run build` empties dist/ first: the two builds
// run side by side, so neither may clean the folder.
export default [
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli.mts', worker: 'src/worker.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
] satisfies Options[]
