import type { Options } from 'tsup'

// Every build carries its dependencies bundled in. Most of them (unified,
// remark, retext, the hast utilities) ship as some 400 small ES modules,
// and loading one file instead of them cut a cold `require('copydesk')`
// from about 500 ms to about 340 ms and an `import` from about 740 ms to
// about 350 ms (compromise's ES sources alone take 500 ms to import, its
// bundle 270 ms). The packages stay in `dependencies`: the type
// declarations name their types (mdast's Root, VFile). The library comes
// as ESM and CJS with types; the CLI and its worker as ESM only, since they
// are run, never imported. `npm run build` empties dist/ first: the two
// builds run side by side, so neither may clean the folder.
export default [
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    noExternal: [/.*/],
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
