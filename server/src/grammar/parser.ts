// The reference grammar: a recursive-descent parser over tokens. The scanner walks the
// tokens once; at a token that can start a reference it tries the rules below, each of
// which consumes what it recognises or fails without consuming. Rules, in EBNF:
//
//   reference    = preLocated | instrumentRef | workingGroup | compendium | report
//                | symbolRef | convention | selfRef ;
//   preLocated   = ( "the" ORDINAL "preambular paragraph" | paraWord items | ppWord items
//                  | annexWord ) ( "of" [ annexWord "to" ] instrumentRef | "to" instrumentRef ) ;
//   instrumentRef= [ qualifier ] kindWord SLASHNUM [ date ] { ( "," | "and" ) [ "its" ] [ kindWord ] SLASHNUM [ date ] }
//                  [ "of the Conference of the Parties" … ] [ [ "," ] [ "both" ] "entitled" quoted ]
//                  { "," postLocator } ;
//   postLocator  = annexWord [ "," ( paraWord items | items ) ] | paraWord items | ppWord items | items ;
//   items        = item { ( "," | "and" | ", and" ) item } ;
//   item         = label { label } [ dash label ] ;      label = NUM | "(" letters ")" ;
//
// Ranges are kept in the tree ("(a)–(d)" is one item with `to`): the resolver expands them.

import { fromRoman, parseDayMonthYear, MONTHS } from '../model/text';
import type { GroupKey, InstrumentKind } from '../model/types';
import type { InstrumentMention, Label, LocatorItem, Reference, Span } from './reference';
import { tokenize, type Token } from './tokens';

const KIND_WORDS = new Map<string, { kind: InstrumentKind; plural: boolean }>([
  ['resolution', { kind: 'resolution', plural: false }],
  ['resolutions', { kind: 'resolution', plural: true }],
  ['decision', { kind: 'decision', plural: false }],
  ['decisions', { kind: 'decision', plural: true }],
]);
const PARA_WORDS = new Set(['paragraph', 'paragraphs', 'subparagraph', 'subparagraphs', 'para', 'paras', 'operative', 'sub-paragraph', 'sub-paragraphs']);
const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
];
const MONTH_SET = new Set(MONTHS.map((m) => m.toLowerCase()));
const ROMAN_RAW = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
// Words that can open an instrument reference before its kind word ("its", "General Assembly" …).
const INSTRUMENT_OPENERS = new Set(['its', 'conference', 'general', 'assembly', 'economic', 'security', 'human']);
const CONVENTION_TAIL = new Set(['convention', 'protocol', 'protocols', 'conventions']);

interface Attempt {
  ref: Reference;
  next: number;
}

function ordinalValue(w: string): number | undefined {
  const i = ORDINALS.indexOf(w);
  return i >= 0 ? i + 1 : undefined;
}

class Parser {
  private readonly refs: Reference[] = [];
  /** A failing rule may have read a label list: none of its tokens can start a reference. */
  private skipTo = 0;

  constructor(
    private readonly text: string,
    private readonly t: Token[],
  ) {}

  run(): Reference[] {
    let i = 0;
    while (i < this.t.length) {
      this.skipTo = i + 1;
      const a = this.attempt(i);
      if (a) {
        this.refs.push(a.ref);
        i = Math.max(a.next, i + 1);
      } else i = Math.max(this.skipTo, i + 1);
    }
    return this.refs;
  }

  // ---- token helpers ---------------------------------------------------------------------
  private w(k: number, ...values: string[]): boolean {
    const tk = this.t[k];
    return tk !== undefined && tk.type === 'word' && (values.length === 0 || values.includes(tk.value));
  }
  private p(k: number, value: string): boolean {
    const tk = this.t[k];
    return tk !== undefined && tk.type === 'punct' && tk.value === value;
  }
  private isLabel(k: number): boolean {
    const tk = this.t[k];
    return tk !== undefined && (tk.type === 'num' || tk.type === 'plabel');
  }
  private span(a: number, b: number): Span {
    return { start: this.t[a].start, end: this.t[b].end };
  }
  /** Only spaces between two tokens (no tab, no line break, no punctuation). */
  private tight(a: number, b: number): boolean {
    const gap = this.text.slice(this.t[a].end, this.t[b].start);
    return /^[ \u00a0\u202f*_]*$/.test(gap);
  }

  private attempt(i: number): Attempt | undefined {
    const tk = this.t[i];
    if (tk.type === 'symbol') return this.symbolRef(i);
    if (tk.type !== 'word') return undefined;
    const v = tk.value;
    if (v === 'the' || v === 'this') {
      const self = this.selfRef(i);
      if (self) return self;
      if (ordinalValue(this.t[i + 1]?.value ?? '') !== undefined) return this.preLocated(i);
      return undefined;
    }
    if (PARA_WORDS.has(v) || v === 'pp' || v === 'preambular' || v === 'annex') {
      const pre = this.preLocated(i);
      if (pre) return pre;
      return undefined;
    }
    if (v === 'article' || v === 'articles' || v === 'art') return this.convention(i);
    if (v === 'working') return this.workingGroup(i);
    if (v === 'report') return this.report(i);
    if (v === 'part' || v === 'international' || v === 'technical' || v === 'see') return this.compendium(i);
    if (KIND_WORDS.has(v) || INSTRUMENT_OPENERS.has(v)) {
      return this.instrumentRef(i);
    }
    return undefined;
  }

  // ---- instruments ---------------------------------------------------------------------
  private instrumentRef(i: number): Attempt | undefined {
    let j = i;
    let body: string | undefined;
    let explicitCop = false;
    if (this.w(j, 'its')) {
      explicitCop = true;
      j++;
    } else if (this.w(j, 'conference')) {
      explicitCop = true;
      j++;
      if (this.w(j, 'of') && this.w(j + 1, 'the') && this.w(j + 2, 'parties')) {
        j += 3;
        const tail = ['to', 'the', 'united', 'nations', 'convention', 'against', 'transnational', 'organized', 'crime'];
        if (tail.every((x, o) => this.w(j + o, x))) j += tail.length;
      }
    } else if (this.w(j, 'general') && this.w(j + 1, 'assembly')) {
      body = 'General Assembly';
      j += 2;
    } else if (this.w(j, 'assembly')) {
      body = 'General Assembly';
      j++;
    } else if (this.w(j, 'economic') && this.w(j + 1, 'and') && this.w(j + 2, 'social') && this.w(j + 3, 'council')) {
      body = 'Economic and Social Council';
      j += 4;
      if (this.p(j, ',') && this.w(j + 1, 'in') && this.w(j + 2, 'its')) j += 3;
    } else if (this.w(j, 'security') && this.w(j + 1, 'council')) {
      body = 'Security Council';
      j += 2;
    } else if (this.w(j, 'human') && this.w(j + 1, 'rights') && this.w(j + 2, 'council')) {
      body = 'Human Rights Council';
      j += 3;
    }
    const kw = this.t[j];
    const kind = kw && kw.type === 'word' ? KIND_WORDS.get(kw.value) : undefined;
    if (!kind) return undefined;
    if (body === 'Security Council') {
      // "Security Council resolution 2322 (2016)"
      let e = j;
      if (this.t[j + 1]?.type === 'num') {
        e = j + 1;
        if (this.p(e + 1, '(') && this.t[e + 2]?.type === 'num' && this.p(e + 3, ')')) e += 3;
      }
      return { ref: this.blank('external', this.span(i, e), { body }), next: e + 1 };
    }
    const mentions: InstrumentMention[] = [];
    let k = j;
    let curKind = kind.kind;
    let kindTok = j;
    k = j + 1;
    for (;;) {
      const sn = this.t[k];
      if (!sn || sn.type !== 'slashnum') break;
      const [s, n] = sn.value.split('/').map(Number);
      const m: InstrumentMention = {
        kind: curKind,
        kindSpan: { start: this.t[kindTok].start, end: this.t[kindTok].end },
        symbol: `${s}/${n}`,
        session: s,
        number: n,
        span: this.span(kindTok, k),
      };
      mentions.push(m);
      k++;
      const d = this.date(k);
      if (d) {
        m.date = d.date;
        k = d.next;
      }
      // Another instrument in the same list: ", 5/8", " and 5/8", " and its resolution 5/8".
      let q = k;
      if (this.p(q, ',')) q++;
      if (this.w(q, 'and', 'or')) q++;
      if (q === k) break;
      if (this.t[q]?.type === 'slashnum' && kind.plural) {
        k = q;
        continue;
      }
      let r = q;
      let its = false;
      if (this.w(r, 'its')) {
        r++;
        its = true;
      } else if (this.w(r, 'conference')) r++;
      const nk = this.t[r]?.type === 'word' ? KIND_WORDS.get(this.t[r].value) : undefined;
      // "its decision 4/2 of … and its resolution 5/8 of …, both entitled": one citation of two
      // instruments. Without "its", "resolution 8/1 and resolution 8/1, annex III" are two.
      if (nk && this.t[r + 1]?.type === 'slashnum' && its) {
        curKind = nk.kind;
        kindTok = r;
        k = r + 1;
        continue;
      }
      break;
    }
    if (mentions.length === 0) return undefined;
    // Dates after a plural list apply to every instrument of it.
    const lastDate = mentions[mentions.length - 1].date;
    if (kind.plural && lastDate) for (const m of mentions) if (!m.date) m.date = lastDate;
    let end = k - 1;
    // "of the Conference of the Parties [to the … Convention …]"
    if (this.w(k, 'of') && this.w(k + 1, 'the') && this.w(k + 2, 'conference')) {
      k += 3;
      if (this.w(k, 'of') && this.w(k + 1, 'the') && this.w(k + 2, 'parties')) k += 3;
      const tail = ['to', 'the', 'united', 'nations', 'convention', 'against', 'transnational', 'organized', 'crime'];
      if (tail.every((x, o) => this.w(k + o, x))) k += tail.length;
      end = k - 1;
      explicitCop = true;
    }
    const ref = this.blank('cop', { start: this.t[i].start, end: this.t[end].end }, {});
    ref.instruments = mentions;
    const title = this.title(k);
    if (title) {
      ref.title = title.title;
      k = title.next;
      end = k - 1;
    }
    if (body) {
      ref.kind = 'external';
      ref.body = body;
    } else if (!explicitCop && mentions.every((m) => m.session > 20 || m.symbol.length > 6)) {
      ref.kind = 'external';
    } else if (!explicitCop && this.continuesExternal(i)) {
      ref.kind = 'external';
    }
    if (!title && mentions.length === 1) {
      const post = this.postLocators(k, end);
      if (post.items.length > 0) {
        ref.items = post.items;
        k = post.next;
        end = k - 1;
      }
    }
    ref.span.end = this.t[end].end;
    return { ref, next: k };
  }

  /** "…General Assembly resolution 45/116, annex, and resolution 52/88": still the Assembly's. */
  private continuesExternal(i: number): boolean {
    const prev = this.refs[this.refs.length - 1];
    if (!prev || prev.kind !== 'external') return false;
    const gap = this.text.slice(prev.span.end, this.t[i].start);
    return /^[\s,]*(?:and|or)?\s*$/.test(gap) && gap.length < 12;
  }

  private date(k: number): { date: NonNullable<InstrumentMention['date']>; next: number } | undefined {
    if (!this.w(k, 'of')) return undefined;
    const d = this.t[k + 1];
    const mo = this.t[k + 2];
    const y = this.t[k + 3];
    if (d?.type === 'num' && mo?.type === 'word' && MONTH_SET.has(mo.value) && y?.type === 'num' && y.value.length === 4) {
      const text = `${d.value} ${mo.raw} ${y.value}`;
      return { date: { text, iso: parseDayMonthYear(`${d.value} ${mo.raw[0].toUpperCase()}${mo.raw.slice(1).toLowerCase()} ${y.value}`), span: this.span(k + 1, k + 3) }, next: k + 4 };
    }
    return undefined;
  }

  private title(k: number): { title: { text: string; span: Span }; next: number } | undefined {
    let j = k;
    if (this.p(j, ',')) j++;
    if (this.w(j, 'both', 'all')) j++;
    if (!this.w(j, 'entitled')) return undefined;
    j++;
    const open = this.t[j];
    if (!open || open.type !== 'quote') return undefined;
    const closers = open.value === '‘' ? ['’', "'"] : ['”', '"', '“'];
    for (let e = j + 1; e < this.t.length && e < j + 120; e++) {
      const tk = this.t[e];
      if (tk.type === 'quote' && closers.includes(tk.value)) {
        const start = open.end;
        const text = this.text.slice(start, tk.start).replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().replace(/,$/, '');
        return { title: { text, span: { start, end: tk.start } }, next: e + 1 };
      }
    }
    return undefined;
  }

  private postLocators(k: number, prevEnd: number): { items: LocatorItem[]; next: number } {
    const items: LocatorItem[] = [];
    let annex: LocatorItem['annex'];
    let j = k;
    let last = prevEnd;
    for (;;) {
      let s = j;
      const comma = this.p(s, ',');
      if (comma) s++;
      else if (!(items.length === 0 && annex === undefined && this.t[s]?.type === 'plabel' && this.tight(last, s))) break;
      if (this.w(s, 'annex')) {
        const key = this.annexKey(s);
        annex = key.annex;
        j = key.next;
        last = j - 1;
        const after = this.t[j];
        const moreItems = this.p(j, ',') && (this.isLabel(j + 1) || this.w(j + 1, ...PARA_WORDS));
        if (!moreItems && after !== undefined) {
          items.push({ span: annex.span, annex, path: [] });
          break;
        }
        if (!after) {
          items.push({ span: annex.span, annex, path: [] });
          break;
        }
        continue;
      }
      if (this.w(s, ...PARA_WORDS) || this.w(s, 'preambular') || (this.t[s]?.raw === 'PP')) {
        const pp = this.w(s, 'preambular') || this.t[s]?.raw === 'PP';
        const after = this.skipParaWord(s);
        const list = this.items(after, annex, pp);
        if (list.items.length === 0) break;
        for (const it of list.items) items.push(it);
        j = list.next;
        last = j - 1;
        continue;
      }
      if (this.t[s]?.type === 'plabel' || (this.t[s]?.type === 'num' && annex !== undefined)) {
        const list = this.items(s, annex, false);
        if (list.items.length === 0) break;
        for (const it of list.items) items.push(it);
        j = list.next;
        last = j - 1;
        continue;
      }
      break;
    }
    return { items, next: j };
  }

  private annexKey(s: number): { annex: NonNullable<LocatorItem['annex']>; next: number } {
    const keyTok = this.t[s + 1];
    if (keyTok && keyTok.type === 'word' && ROMAN_RAW.test(keyTok.raw)) {
      return { annex: { key: keyTok.raw, span: this.span(s, s + 1) }, next: s + 2 };
    }
    return { annex: { key: '', span: this.span(s, s) }, next: s + 1 };
  }

  /** Skips "paragraph", "paras.", "operative paragraph", "preambular paragraphs", "PP". */
  private skipParaWord(s: number): number {
    let j = s;
    if (this.w(j, 'operative', 'preambular')) j++;
    if (this.w(j, ...PARA_WORDS) || this.t[j]?.raw === 'PP') j++;
    if (this.p(j, '.')) j++;
    return j;
  }

  private items(j: number, annex: LocatorItem['annex'], pp: boolean): { items: LocatorItem[]; next: number } {
    const items: LocatorItem[] = [];
    let k = j;
    for (;;) {
      if (pp && this.t[k]?.raw === 'PP') k++;
      const it = this.item(k, annex, pp);
      if (!it) break;
      if (it.item.path.length === 1 && items.length > 0 && items[items.length - 1].path.length > 1 && this.t[k].type === 'plabel') it.item.bare = true;
      items.push(it.item);
      k = it.next;
      let s = k;
      if (this.p(s, ',')) s++;
      if (this.w(s, 'and', 'or')) s++;
      if (s === k) break;
      if (this.isLabel(s) || (pp && this.t[s]?.raw === 'PP' && this.t[s + 1]?.type === 'num')) {
        k = s;
        continue;
      }
      break;
    }
    this.skipTo = Math.max(this.skipTo, k);
    return { items, next: k };
  }

  private item(j: number, annex: LocatorItem['annex'], pp: boolean): { item: LocatorItem; next: number } | undefined {
    const path: Label[] = [];
    let k = j;
    while (this.isLabel(k)) {
      const tk = this.t[k];
      if (tk.type === 'num' && path.length > 0) break;
      if (path.length > 0 && !this.tight(k - 1, k)) {
        // A line break or tab between labels ends the item.
        if (/[\t\n]/.test(this.text.slice(this.t[k - 1].end, tk.start))) break;
      }
      if (pp && tk.type !== 'num') break;
      path.push({ value: tk.value, span: { start: tk.start, end: tk.end } });
      k++;
      if (pp) break;
    }
    if (path.length === 0) return undefined;
    let to: Label | undefined;
    const lastTok = this.t[k - 1];
    let d = k;
    const isDash = this.t[d]?.type === 'dash' || this.w(d, 'to');
    if (isDash) {
      d++;
      if (pp && this.t[d]?.raw === 'PP') d++;
      const end = this.t[d];
      if (end && end.type === lastTok.type) {
        to = { value: end.value, span: { start: end.start, end: end.end } };
        k = d + 1;
      }
    }
    const item: LocatorItem = { span: { start: this.t[j].start, end: this.t[k - 1].end }, path, pp: pp || undefined };
    if (annex) item.annex = annex;
    if (to) item.to = to;
    return { item, next: k };
  }

  // ---- locators before the instrument ----------------------------------------------------
  private preLocated(i: number): Attempt | undefined {
    let j = i;
    let items: LocatorItem[] = [];
    let annex: LocatorItem['annex'];
    if (this.w(j, 'the') && ordinalValue(this.t[j + 1]?.value ?? '') !== undefined && this.w(j + 2, 'preambular') && this.w(j + 3, 'paragraph')) {
      const n = ordinalValue(this.t[j + 1].value)!;
      const sp = this.span(j + 1, j + 3);
      items = [{ span: sp, pp: true, path: [{ value: String(n), span: this.span(j + 1, j + 1) }] }];
      j += 4;
    } else if (this.w(j, 'annex')) {
      const key = this.annexKey(j);
      annex = key.annex;
      j = key.next;
      if (!this.w(j, 'to')) return undefined;
      items = [{ span: annex.span, annex, path: [] }];
    } else {
      const pp = this.w(j, 'preambular') || this.t[j]?.raw === 'PP';
      if (this.t[j]?.raw === 'pp' || this.t[j]?.raw === 'Pp') return undefined;
      const after = this.skipParaWord(j);
      if (after === j) return undefined;
      const list = this.items(after, undefined, pp);
      if (list.items.length === 0) return undefined;
      items = list.items;
      j = list.next;
    }
    // "paragraph (v) above" is internal to the text that contains it.
    if (this.w(j, 'above', 'below')) {
      const ref = this.blank('internal', this.span(i, j), {});
      ref.items = items;
      return { ref, next: j + 1 };
    }
    if (this.w(j, 'of', 'in', 'to')) {
      let k = j + 1;
      // "paragraph 2 (b) of annex II to resolution 8/1"
      if (this.w(k, 'annex') && !annex) {
        const key = this.annexKey(k);
        if (this.w(key.next, 'to')) {
          annex = key.annex;
          for (const it of items) it.annex = annex;
          k = key.next + 1;
        }
      }
      if (this.w(k, 'the') && this.w(k + 1, 'present') || this.w(k, 'this') && this.w(k + 1, 'resolution', 'decision')) {
        const self = this.selfRef(k);
        if (self) return { ref: { ...self.ref, span: { start: this.t[i].start, end: self.ref.span.end }, items }, next: self.next };
      }
      let a = k;
      if (this.w(a, 'that', 'the', 'its') && this.w(a + 1, 'article')) a++;
      if (this.w(a, 'article', 'articles') && this.t[a + 1]?.type !== 'num') {
        return { ref: this.blank('convention', this.span(i, a), {}), next: a + 1 };
      }
      if (this.w(a, 'article', 'articles')) {
        const conv = this.convention(a);
        if (conv) return { ref: { ...conv.ref, span: { start: this.t[i].start, end: conv.ref.span.end } }, next: conv.next };
      }
      if (this.w(k, 'the', 'that') && this.t[k + 1]?.type === 'word' && CONVENTION_TAIL.has(this.t[k + 1].value)) {
        return { ref: this.blank('convention', this.span(i, k + 1), {}), next: k + 2 };
      }
      const inst = this.instrumentRef(k);
      if (inst && inst.ref.instruments.length >= 1) {
        const ref = inst.ref;
        if (ref.kind === 'cop' && ref.instruments.length === 1) ref.items = [...items, ...ref.items];
        ref.span = { start: this.t[i].start, end: ref.span.end };
        return { ref, next: inst.next };
      }
      if (inst) return inst;
    }
    return undefined;
  }

  // ---- other reference forms -------------------------------------------------------------
  private selfRef(i: number): Attempt | undefined {
    if (this.w(i, 'the') && this.w(i + 1, 'present') && this.w(i + 2, 'resolution', 'decision', 'report')) {
      return { ref: this.blank('self', this.span(i, i + 2), {}), next: i + 3 };
    }
    if (this.w(i, 'this') && this.w(i + 1, 'resolution', 'decision')) {
      return { ref: this.blank('self', this.span(i, i + 1), {}), next: i + 2 };
    }
    return undefined;
  }

  private convention(i: number): Attempt | undefined {
    let j = i + 1;
    if (this.p(j, '.')) j++;
    if (this.t[j]?.type !== 'num') return undefined;
    j++;
    while ((this.p(j, ',') || this.w(j, 'and')) && this.t[j + 1]?.type === 'num') j += 2;
    while (this.w(j, 'and') && this.t[j + 1]?.type === 'num') j += 2;
    let end = j - 1;
    let k = j;
    if (this.p(k, ',') && this.w(k + 1, 'in') && this.w(k + 2, 'particular') && this.p(k + 3, ',')) k += 4;
    else if (this.p(k, ',')) k++;
    if (this.w(k, 'paragraph', 'paragraphs', 'para', 'paras')) {
      const list = this.items(this.skipParaWord(k), undefined, false);
      if (list.items.length > 0) {
        end = list.next - 1;
        k = list.next;
      }
    }
    let q = k;
    if (this.p(q, ',')) q++;
    if (this.w(q, 'of')) {
      for (let e = q + 1; e < this.t.length && e < q + 12; e++) {
        if (this.t[e].type === 'word' && CONVENTION_TAIL.has(this.t[e].value)) {
          end = e;
          break;
        }
        if (this.t[e].type === 'punct' && this.t[e].value !== ',') break;
      }
    }
    return { ref: this.blank('convention', this.span(i, end), {}), next: end + 1 };
  }

  private workingGroup(i: number): Attempt | undefined {
    if (!this.w(i + 1, 'group')) return undefined;
    let j = i + 2;
    if (this.w(j, 'of') && this.w(j + 1, 'government') && this.w(j + 2, 'experts')) j += 3;
    if (!this.w(j, 'on')) return undefined;
    j++;
    let group: GroupKey | undefined;
    if (this.w(j, 'international') && this.w(j + 1, 'cooperation')) group = 'IC';
    else if (this.w(j, 'technical') && this.w(j + 1, 'assistance')) group = 'TA';
    if (!group) return undefined;
    j += 2;
    let k = j;
    if (this.p(k, ',')) k++;
    if (this.w(k, 'at')) k++;
    if (this.w(k, 'its')) k++;
    const ord = ordinalValue(this.t[k]?.value ?? '');
    if (ord === undefined || !this.w(k + 1, 'meeting')) return undefined;
    const ref = this.blank('wg', this.span(i, k + 1), {});
    ref.wg = { group, meeting: ord, span: this.span(k, k + 1) };
    let next = k + 2;
    let s = next;
    if (this.p(s, ',')) {
      s++;
      if (this.w(s, 'recommendation', 'recommendations', 'paragraph', 'paragraphs')) s++;
      if (this.isLabel(s)) {
        const list = this.items(s, undefined, false);
        if (list.items.length > 0) {
          ref.items = list.items;
          next = list.next;
          ref.span.end = this.t[next - 1].end;
        }
      }
    }
    return { ref, next };
  }

  private compendium(i: number): Attempt | undefined {
    let j = i;
    let group: GroupKey | undefined;
    if (this.w(j, 'international') && this.w(j + 1, 'cooperation') && this.w(j + 2, 'compendium')) {
      group = 'IC';
      j += 3;
    } else if (this.w(j, 'technical') && this.w(j + 1, 'assistance') && this.w(j + 2, 'compendium')) {
      group = 'TA';
      j += 3;
    }
    if (group && this.p(j, ',')) j++;
    if (this.w(j, 'see')) j++;
    if (!this.w(j, 'part')) return undefined;
    const partTok = this.t[j + 1];
    if (!partTok || partTok.type !== 'word' || (partTok.raw !== 'A' && partTok.raw !== 'B')) return undefined;
    let k = j + 2;
    if (this.p(k, ':') || this.p(k, '.')) k++;
    const locStart = k;
    // The locator: numerals, dots, labels, "annex", "and", commas and dashes.
    while (k < this.t.length) {
      const tk = this.t[k];
      const ok =
        (tk.type === 'word' && (ROMAN_RAW.test(tk.raw) || /^[a-z]{1,2}(?:-[a-z]{1,2})?$/.test(tk.raw) || ['annex', 'and', 'pp', 'PP'].includes(tk.value) || tk.raw === 'PP')) ||
        tk.type === 'num' ||
        tk.type === 'plabel' ||
        tk.type === 'dash' ||
        (tk.type === 'punct' && (tk.value === '.' || tk.value === ','));
      if (!ok) break;
      if (tk.type === 'word' && tk.value === 'and' && !(this.t[k + 1] && (ROMAN_RAW.test(this.t[k + 1].raw) || this.isLabel(k + 1)))) break;
      k++;
    }
    while (k > locStart && this.t[k - 1].type === 'punct') k--;
    if (k === locStart || !ROMAN_RAW.test(this.t[locStart].raw)) return undefined;
    const span = this.span(locStart, k - 1);
    const ref = this.blank('compendium', { start: this.t[i].start, end: this.t[k - 1].end }, {});
    ref.compendium = { group, part: partTok.raw as 'A' | 'B', locator: this.text.slice(span.start, span.end), span };
    return { ref, next: k };
  }

  private report(i: number): Attempt | undefined {
    if (!(this.w(i + 1, 'of') && this.w(i + 2, 'the') && this.w(i + 3, 'secretariat'))) return undefined;
    let j = i + 4;
    const ref = this.blank('report', this.span(i, i + 3), {});
    ref.report = { span: this.span(i, i + 3) };
    // "report of the Secretariat on …, paragraph 41": skip the description up to the comma.
    let k = j;
    for (let n = 0; k < this.t.length && n < 40; n++, k++) {
      const tk = this.t[k];
      if (tk.type === 'punct' && tk.value === ',') break;
      if (tk.type === 'punct' && (tk.value === '.' || tk.value === ';')) return { ref, next: j };
      if (tk.type === 'word' && PARA_WORDS.has(tk.value)) {
        k--;
        break;
      }
    }
    let s = k + 1;
    if (this.w(s, 'paragraph', 'paragraphs', 'para', 'paras')) {
      const list = this.items(this.skipParaWord(s), undefined, false);
      if (list.items.length > 0) {
        ref.items = list.items;
        ref.span.end = this.t[list.next - 1].end;
        return { ref, next: list.next };
      }
    }
    s = j;
    return { ref, next: s };
  }

  private symbolRef(i: number): Attempt | undefined {
    const tk = this.t[i];
    let value = tk.value;
    let j = i + 1;
    if (this.t[j]?.type === 'dash' && this.t[j + 1]?.type === 'symbol') {
      value = `${value}–${this.t[j + 1].value}`;
      j += 2;
    }
    const ref = this.blank('symbol', this.span(i, j - 1), {});
    ref.symbol = { value, span: this.span(i, j - 1) };
    if (this.p(j, ',') && this.w(j + 1, 'para', 'paras', 'paragraph', 'paragraphs')) {
      const list = this.items(this.skipParaWord(j + 1), undefined, false);
      if (list.items.length > 0) {
        ref.items = list.items;
        ref.span.end = this.t[list.next - 1].end;
        return { ref, next: list.next };
      }
    }
    return { ref, next: j };
  }

  private blank(kind: Reference['kind'], span: Span, extra: Partial<Reference>): Reference {
    return { kind, span: { ...span }, instruments: [], items: [], ...extra };
  }
}

/** Finds every reference in one block of text (no blank line inside). */
export function scanBlock(text: string, from = 0, to = text.length): Reference[] {
  return parseTokens(text, tokenize(text, from, to));
}

/** The parser over given tokens (tests count its token reads to show it never backtracks far). */
export function parseTokens(text: string, tokens: readonly Token[]): Reference[] {
  return new Parser(text, tokens as Token[]).run();
}

/** Splits at blank lines: a reference never spans a paragraph break. */
export function blocksOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n[ \t\u00a0]*(?:\r?\n|\r)|\r[ \t]*\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function scanText(text: string): Reference[] {
  const out: Reference[] = [];
  for (const b of blocksOf(text)) {
    // Very long blocks (a 1 MB single line) are still scanned in one linear pass.
    for (const r of scanBlock(text, b.start, b.end)) out.push(r);
  }
  return out;
}

export { fromRoman };
