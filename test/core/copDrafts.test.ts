// Drafts in the style of real COP documents (test/fixtures/cop-drafts): they check clean except
// for the faults planted in them, each of which is reported on its line; the unknowns they cite
// (a later session, a document and a body the dataset does not hold) are information; the
// instruments of other bodies are attributed to them and left alone.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { checkDraft } from '../../server/src/cli/main';
import { analyzeText } from '../../server/src/features/analyze';
import { index, ROOT } from './helpers';

const DIR = path.join(ROOT, 'test', 'fixtures', 'cop-drafts');
const COP10 = 'draft-resolution-cop10-international-cooperation.md';
const GA = 'draft-resolution-general-assembly.txt';
const REPORT = 'report-cop4-decisions.txt';

describe('drafts in the style of COP documents', () => {
  const idx = index();
  const read = (f: string): string => fs.readFileSync(path.join(DIR, f), 'utf8');
  const findings = (f: string): string[] => checkDraft(idx, f, read(f)).map((p) => `${p.line} ${p.severity} ${p.code}`);

  it('the draft resolution for the tenth session: every planted fault, nothing else', () => {
    assert.deepEqual(findings(COP10), [
      '9 information unchecked-venue', // no source says where the third session was held
      '11 warning wrong-date', // planted: the fourth session "from 8 to 18 October 2008"
      '11 information unchecked-venue', // nor where the fourth was
      '13 information unchecked-venue', // nor the eighth
      '15 warning wrong-venue', // planted: the ninth session in "Palermo"
      '17 warning wrong-session-number', // planted: the ninth session "(COP8)"
      '17 error no-annex', // planted: resolution 8/1, annex III
      '23 warning wrong-date', // planted: the eighth meeting "from 9 to 12 October 2017"
      '25 information unknown-document', // not held: CTOC/COP/2012/2
      '27 information unknown-body', // not held: the Working Group on Firearms
      '29 information unknown-session', // not held: the eleventh session, later than the sources
      '31 information unknown-session', // not held: the tenth session
      '31 warning no-meeting-during', // planted: the Working Group on Technical Assistance did not meet during the second session
    ]);
  });
  it('the General Assembly draft: the Assembly\'s, the Council\'s and the other Conference\'s instruments are theirs; one planted fault', () => {
    assert.deepEqual(findings(GA), ['11 information unchecked-venue', '11 warning wrong-date']); // no meeting "from 27 to 29 October 2009"
    const a = analyzeText(idx, read(GA));
    const whose = a.resolutions.filter((r) => r.status === 'external').map((r) => r.reference.attribution?.body ?? '');
    assert.deepEqual(whose, [
      'General Assembly',
      'General Assembly',
      'Conference of the States Parties to the United Nations Convention against Corruption',
      'Conference of the States Parties to the United Nations Convention against Corruption',
      'Commission on Crime Prevention and Criminal Justice',
      'Economic and Social Council',
      'Human Rights Council',
      'General Assembly',
    ]);
    // The Conference's own resolution and session, named in full, stay ours and resolve.
    const ours = a.resolutions.filter((r) => r.status === 'ok').map((r) => r.targets[0].citation);
    assert.deepEqual(ours, ['resolution 9/3', 'ninth session of the Conference']);
    // The meeting resolves by its dates, but no source says where it was held: partial, not ok.
    const partial = a.resolutions.filter((r) => r.status === 'partial').map((r) => r.targets[0].citation);
    assert.deepEqual(partial, ['Working Group on Technical Assistance, fourth meeting']);
  });
  it('the session report: its contents list is checked (one wrong title, one decision the dataset lacks)', () => {
    assert.deepEqual(findings(REPORT), ['1 information unchecked-venue', '9 warning wrong-title', '11 information unknown-instrument', '15 information unknown-body']);
  });
  it('the tenth-session draft resolves its sessions, meetings and symbols', () => {
    const a = analyzeText(idx, read(COP10));
    // A session whose venue no source states is resolved, but its verdict is partial, never ok.
    const partial = a.resolutions.filter((r) => r.status === 'partial').map((r) => r.targets.map((t) => t.citation).join(' + '));
    // "adopted at its third session, held in Vienna from …" after an instrument: the session is the
    // instrument's, read and checked with it, and its particulars with the session (they were a session alone).
    assert.deepEqual(partial, ['decision 2/2 + decision 3/2 + third session of the Conference', 'resolution 8/1 + eighth session of the Conference']);
    // "held in Vienna from 8 to 18 October 2008": the venue is unchecked, and the date checked and
    // wrong; what was found wrong decides the verdict (mismatch), not what was left unchecked.
    const fourth = a.resolutions.filter((r) => r.targets.some((t) => t.citation === 'fourth session of the Conference'));
    assert.deepEqual(fourth.map((r) => [r.status, r.problems.map((p) => p.code)]), [['mismatch', ['wrong-date', 'unchecked-venue']]]);
    const nineThree = a.resolutions.find((r) => r.reference.instruments.some((m) => m.symbol === '9/3'))!;
    assert.equal(a.text.slice(nineThree.reference.span.start, nineThree.reference.span.end), 'its resolution 9/3, adopted at COP9');
    assert.equal(nineThree.reference.instruments[0].sessionClaim?.number, 9);
    const ok = a.resolutions.filter((r) => r.status === 'ok').map((r) => r.targets.map((t) => t.citation).join(' + '));
    // (decision 4/2 is in the fourth session's citation, a mismatch for the session's dates.)
    assert.deepEqual(ok, [
      // "its resolution 9/3, adopted at COP9": the session is the instrument's, checked with it.
      'resolution 9/3',
      'resolution 8/1, annex I, paragraph (h)',
      'eighth session of the Conference',
    ]);
  });
});
