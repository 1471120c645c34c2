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
require(compiled)
  .main(process.argv.slice(2))
  .then((code) => {
    if (code >= 0) process.exitCode = code;
  });
