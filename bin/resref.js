#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI lives in the compiled core (npm run build).
const path = require('path');
const fs = require('fs');
const compiled = path.join(__dirname, '..', 'out', 'server', 'src', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write('resref: the project is not built yet; run `npm run build` in ' + path.join(__dirname, '..') + '\n');
  process.exit(2);
}
// A reader that stops early (`resref audit | head`) closes the pipe: nothing more is wanted, so
// the command ends quietly, as other command-line tools do, never with a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
require(compiled)
  .main(process.argv.slice(2))
  .then((code) => {
    if (code >= 0) process.exitCode = code;
  });
