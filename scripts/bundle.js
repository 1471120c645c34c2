#!/usr/bin/env node
// Bundles the client and the server into one file each (dist/extension.js, dist/server.js)
// with source maps; --production minifies and drops the maps for the .vsix.
'use strict';
const esbuild = require('esbuild');
const production = process.argv.includes('--production');

async function main() {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    sourcemap: production ? false : 'linked',
    minify: production,
    logLevel: 'warning',
    legalComments: 'none',
  };
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['server/src/server/main.ts'], outfile: 'dist/server.js' }),
  ]);
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
