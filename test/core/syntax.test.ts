// The TextMate injection grammar, tokenised with VS Code's own engine (vscode-textmate).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT } from './helpers';

let grammar: vsctm.IGrammar;

async function load(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const injection = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'resref.injection.tmLanguage.json'), 'utf8'));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope: string) => {
      if (scope === 'text.plain') return vsctm.parseRawGrammar(JSON.stringify({ scopeName: 'text.plain', patterns: [] }), 'plain.json');
      if (scope === 'resref.references.injection') return vsctm.parseRawGrammar(JSON.stringify(injection), 'resref.json');
      return null;
    },
    getInjections: (scope: string) => (scope === 'text.plain' ? ['resref.references.injection'] : undefined),
  });
  return (await registry.loadGrammar('text.plain'))!;
}

function scopesOf(line: string): [string, string][] {
  const r = grammar.tokenizeLine(line, vsctm.INITIAL);
  return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.filter((s) => s.endsWith('.resref')).join(' ')]);
}

function scopeAt(line: string, fragment: string): string {
  const i = line.indexOf(fragment);
  const r = grammar.tokenizeLine(line, vsctm.INITIAL);
  const tok = r.tokens.find((t) => t.startIndex <= i && i < t.endIndex)!;
  return tok.scopes.filter((s) => s.endsWith('.resref')).join(' ');
}

describe('highlighting grammar', () => {
  before(async () => {
    grammar = await load();
  });
  it('scopes the instrument, the annex, the paragraph word and each sub-item', () => {
    const line = 'Recalling resolution 8/1, annex II, paragraph 1 (c) and (h), and decides';
    assert.equal(scopeAt(line, 'resolution'), 'meta.reference.cop.resref entity.name.type.instrument.resref');
    assert.equal(scopeAt(line, '8/1'), 'meta.reference.cop.resref constant.numeric.symbol.resref');
    assert.equal(scopeAt(line, 'annex'), 'meta.reference.cop.resref storage.type.annex.resref');
    assert.equal(scopeAt(line, 'II'), 'meta.reference.cop.resref constant.language.annex-number.resref');
    assert.equal(scopeAt(line, 'paragraph'), 'meta.reference.cop.resref keyword.other.paragraph.resref');
    assert.equal(scopeAt(line, '(c)'), 'meta.reference.cop.resref variable.other.label.resref');
    assert.equal(scopeAt(line, '(h)'), 'meta.reference.cop.resref variable.other.label.resref');
    assert.equal(scopeAt(line, 'decides'), '', 'the reference ends before the verb');
  });
  it('scopes abbreviated kind words as the server reads them', () => {
    const line = 'Recalling res. 8/1, annex II, and dec 3/2';
    assert.equal(scopeAt(line, 'res.'), 'meta.reference.cop.resref entity.name.type.instrument.resref');
    assert.equal(scopeAt(line, '8/1'), 'meta.reference.cop.resref constant.numeric.symbol.resref');
    assert.equal(scopeAt(line, 'dec'), 'meta.reference.cop.resref entity.name.type.instrument.resref');
  });
  it('scopes locators written before the instrument', () => {
    const line = 'in accordance with paragraph 13 of resolution 8/1 and annex III to resolution 9/3';
    assert.equal(scopeAt(line, 'paragraph'), 'meta.reference.locator.resref keyword.other.paragraph.resref');
    assert.equal(scopeAt(line, '13'), 'meta.reference.locator.resref constant.numeric.paragraph.resref');
    assert.match(scopeAt(line, 'annex'), /meta\.reference\.locator\.resref storage\.type\.annex\.resref$/);
    assert.equal(scopeAt('see annex III to resolution 9/3', 'annex'), 'meta.reference.locator.resref storage.type.annex.resref');
  });
  it('leaves other bodies’ resolutions and plain text uncoloured as COP instruments', () => {
    assert.equal(scopeAt('General Assembly resolution 55/25, annex I', 'resolution'), 'meta.reference.external.resref');
    assert.equal(scopeAt('General Assembly resolution 55/25, annex I', 'annex'), '');
    assert.equal(scopeAt('the paragraph (a) of the text', '(a)'), '');
    assert.deepEqual(scopesOf('no references here').map((x) => x[1]), ['']);
  });
});
