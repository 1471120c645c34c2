import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { onCrash } from '../../client/src/restartPolicy';
import { serverEnv } from '../../client/src/serverEnv';

describe('restarting a crashed server', () => {
  it('backs off 0.5, 1, 2, 4, 8 s and gives up after the sixth crash in three minutes', () => {
    let crashes: number[] = [];
    const delays: (number | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      const d = onCrash(crashes, 1000 + i * 1000);
      crashes = d.crashes;
      delays.push(d.delayMs);
    }
    assert.deepEqual(delays, [500, 1000, 2000, 4000, 8000, undefined]);
  });
  it('forgets crashes older than three minutes', () => {
    const d = onCrash([0, 1000, 2000, 3000, 4000], 4000 + 3 * 60 * 1000);
    assert.equal(d.delayMs, 500);
    assert.equal(d.crashes.length, 1);
  });
});

describe('the server process environment', () => {
  it('is the editor’s, without the extra TLS certificates a server that never connects does not need', () => {
    const editor = { PATH: '/usr/bin', HTTPS_PROXY: 'http://proxy:3128', NODE_EXTRA_CA_CERTS: '/etc/ssl/corp.pem' };
    assert.deepEqual(serverEnv(editor), { PATH: '/usr/bin', HTTPS_PROXY: 'http://proxy:3128' });
    assert.equal(editor.NODE_EXTRA_CA_CERTS, '/etc/ssl/corp.pem');
  });
});
