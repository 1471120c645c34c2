import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { onCrash } from '../../client/src/restartPolicy';

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
