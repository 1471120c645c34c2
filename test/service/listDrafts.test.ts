// The drafts "Check all drafts" reads (service/workspace.ts listDrafts) over Node's file system:
// each real folder once, so a symbolic link back to a parent ends, and each draft is listed once.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it } from 'node:test';
import { NodeWorkspace } from '../../server/src/service/nodeWorkspace';
import { listDrafts } from '../../server/src/service/workspace';

describe('listing the drafts of a workspace', () => {
  it('follows a symbolic link back to a parent once; reads UTF-16 drafts by their mark', async () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-list-'));
    fs.mkdirSync(path.join(d, 'sub'));
    fs.writeFileSync(path.join(d, 'a.md'), 'resolution 8/1\n');
    fs.writeFileSync(path.join(d, 'sub', 'b.text'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('resolution 8/1, annex III\n', 'utf16le')]));
    fs.writeFileSync(path.join(d, 'sub', 'notes.pdf'), 'resolution 8/1');
    fs.symlinkSync(d, path.join(d, 'sub', 'loop'));
    const ws = new NodeWorkspace([d]);
    const drafts = await listDrafts(ws);
    assert.deepEqual(drafts.map((f) => path.relative(d, f)).sort(), ['a.md', path.join('sub', 'b.text')]);
    assert.equal(await ws.read(path.join(d, 'sub', 'b.text')), 'resolution 8/1, annex III\n');
  });
});
