// Preloaded into the server under test (node --require): any attempt to reach the network
// fails loudly, so a test can assert that none happened.
'use strict';
const fail = (what) => () => {
  process.stderr.write(`NETWORK ACCESS ATTEMPTED: ${what}\n`);
  throw new Error(`network access attempted: ${what}`);
};
const net = require('net');
const tls = require('tls');
const http = require('http');
const https = require('https');
const dns = require('dns');
const dgram = require('dgram');
net.connect = net.createConnection = fail('net.connect');
net.Socket.prototype.connect = fail('net.Socket.connect');
tls.connect = fail('tls.connect');
http.request = http.get = fail('http.request');
https.request = https.get = fail('https.request');
dns.lookup = dns.resolve = fail('dns');
dgram.createSocket = fail('dgram');
if (typeof globalThis.fetch === 'function') globalThis.fetch = fail('fetch');
process.stderr.write('no-network stub loaded\n');
