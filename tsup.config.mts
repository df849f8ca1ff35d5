import type { Options } from 'tsup'

// The library as ESM and CJS with types, its dependencies left to the
// user's install. The CLI and its worker as ESM only, since they are run,
// never imported, and with their dependencies bundled in: loading one file
// instead of some 400 modules halves the start-up of every `copydesk` run
// and of every worker thread (bench/results.md). `npm run build` empties dist/ first: the two builds
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
    noExternal: [/.*/],
    // Bundled CommonJS dependencies (commander) require Node's built-ins.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'\nconst require = __createRequire(import.meta.url)" },
  },
] satisfies Options[]
