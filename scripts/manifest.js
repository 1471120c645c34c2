#!/usr/bin/env node
// Writes data/sources/manifest.json: the shipped sources by name, with the length and SHA-256 of
// their text (line ends read as "\n", so a checkout that writes CRLF reads the same). The loader
// (server/src/index/loadDataset.ts) reports a listed source that is missing or differs: a check
// against a dataset that lost a document must never pass for a complete one.
// Run after changing data/sources; test/core/manifest.test.ts fails while it is stale.
'use strict';
const fs = require('fs');
const path = require('path');
const { sourceDigest } = require('../out/server/src/index/loadDataset');

const dir = path.join(__dirname, '..', 'data', 'sources');
const sources = fs
  .readdirSync(dir)
  .filter((f) => /\.(txt|md)$/i.test(f))
  .sort()
  .map((file) => ({ file, ...sourceDigest(fs.readFileSync(path.join(dir, file))) }));
fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify({ sources }, null, 2)}\n`);
console.log(`data/sources/manifest.json: ${sources.length} sources`);
