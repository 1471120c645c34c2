// A block as a reader sees it once the marks of editing are set aside: HTML comments, the marks of
// tracked changes (CriticMarkup "{++ ++}", "{-- --}", "{~~ ~> ~~}", "{== ==}", "{>> <<}", and
// "<del>", "<s>", "<strike>"), a backslash that breaks a line, and HTML entities ("&nbsp;",
// "&ndash;"). Each is replaced by spaces of the same length (an entity by its character and
// spaces), so every offset of the block stays and every finding lands on the text as written.
// Deleted text is read as deleted; inserted and highlighted text as text. Each of these hid a part
// of a citation, and the rest was ok: "resolution 8/1 <!-- check -->, paragraph 99",
// "resolution 8/1, {++paragraph 99++}", "paragraph&nbsp;99 of resolution 8/1".

const SEEN = /<!--|\{(?:\+\+|--|~~|==|>>)|<(?:del|s|strike)>|&(?:[a-z]{2,8}|#\d{2,5});|\\\r?\n/i;

/**
 * Where a mark opens: a pair's opening mark (its closing one is looked for with `indexOf`, so a
 * draft of unclosed marks is read in linear time), a mark alone, a backslash before a line break,
 * an entity (group 2); `<del>`, `<s>`, `<strike>` by their name (group 1).
 */
const OPENING = /<!--|\{>>|\{--|\{~~|<(del|s|strike)>|\{\+\+|\+\+\}|\{==|==\}|\\(?=\r?\n)|&([a-z]{2,8}|#\d{2,5});/gi;

/** The closing mark of each pair, by its opening one (tags: by their name). */
const CLOSING: Record<string, string> = { '<!--': '-->', '{>>': '<<}', '{--': '--}', '{~~': '~~}' };

/** The characters of the entities drafts carry over from HTML. */
const ENTITIES = new Map<string, string>([
  ['nbsp', '\u00a0'], ['ensp', ' '], ['emsp', ' '], ['thinsp', ' '], ['ndash', '\u2013'], ['mdash', '\u2014'], ['amp', '&'],
  ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['ldquo', '\u201c'], ['rdquo', '\u201d'], ['quot', '"'], ['apos', "'"], ['sect', '§'], ['para', '¶'],
]);

/**
 * The numeric entities of the same characters. No other is read: "&#57;" is a digit that would
 * stand where "&" stands (a fix would cut the entity in two), "&#173;" a soft hyphen that would
 * split a number unseen ("paragraph 9&#173;9" was read as paragraph 9); left as written, the
 * unread rule says them.
 */
const NUMERIC = new Map<number, string>([[160, '\u00a0'], [8194, ' '], [8195, ' '], [8201, ' '], [8211, '\u2013'], [8212, '\u2014'], [38, '&'], [8216, '\u2018'], [8217, '\u2019'], [8220, '\u201c'], [8221, '\u201d'], [34, '"'], [39, "'"], [167, '§'], [182, '¶']]);

function entity(name: string): string | undefined {
  if (name.startsWith('#')) return NUMERIC.get(Number(name.slice(1)));
  return ENTITIES.get(name.toLowerCase());
}

const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/** `text` with the marks of editing blank (same length; see above); `text` itself when it has none. */
export function withoutEditMarks(text: string): string {
  // Every mark opens with one of four characters: four searches for one character each decide
  // most blocks, in a quarter of the time of the pattern's search.
  if (!(text.includes('<') || text.includes('{') || text.includes('&') || text.includes('\\')) || !SEEN.test(text)) return text;
  const out: string[] = [];
  let at = 0;
  // Marks whose closing mark is not in the rest of the text: no later one of them closes either.
  const unclosed = new Set<string>();
  const closes = new Map<string, number>();
  let arrow = -2;
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m !== null; m = OPENING.exec(text)) {
    const mark = m[0];
    const start = m.index;
    let end = start + mark.length;
    let read: string | undefined;
    const tag = m[1]?.toLowerCase();
    const closing = tag !== undefined ? `</${tag}>` : CLOSING[mark];
    if (closing !== undefined) {
      if (unclosed.has(closing)) continue;
      // The closing mark found last is kept while it lies ahead: no stretch is searched twice
      // (a "{~~" with no "~>" before its "~~}" is passed over, and the next one finds the same).
      let close = closes.get(closing) ?? -1;
      if (close < end) close = tag !== undefined ? indexOfIgnoringCase(text, closing, end) : text.indexOf(closing, end);
      if (close < 0) {
        unclosed.add(closing);
        continue;
      }
      closes.set(closing, close);
      end = close + closing.length;
      if (mark === '{~~') {
        // A substitution: the old text and the marks blank, the new text kept. The arrow found
        // last is kept while it lies ahead, so no stretch of the text is searched twice.
        if (arrow !== -1 && arrow < start + 3) arrow = text.indexOf('~>', start + 3);
        if (arrow < 0 || arrow > close) continue;
        read = blank(text.slice(start, arrow + 2)) + text.slice(arrow + 2, close) + '   ';
      } else read = blank(text.slice(start, end));
    } else if (m[2] !== undefined) {
      const c = entity(m[2]);
      if (c === undefined) continue;
      read = c + ' '.repeat(mark.length - 1);
    } else read = ' '.repeat(mark.length);
    out.push(text.slice(at, start), read);
    at = end;
    OPENING.lastIndex = end;
  }
  if (at === 0) return text;
  out.push(text.slice(at));
  return out.join('');
}

function indexOfIgnoringCase(text: string, needle: string, from: number): number {
  const re = new RegExp(needle.replace(/[/]/g, '\\/'), 'gi');
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}

/**
 * `text` with Markdown's escapes read as the punctuation they show (same length): "\(c\)" is
 * shown "(c)", and was read as no label ("paragraph \(c\) \(i\)" a false warning on correct text,
 * "para. 13 \(zz\)" dropped, and ok; found by a probe). The backslash becomes a space on the
 * side away from what the mark joins: " (" before an opener, ") " after anything else.
 */
export function withMarkdownEscapesRead(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(MARKDOWN_ESCAPE, (_, mark: string) => (mark === '(' || mark === '[' ? ` ${mark}` : `${mark} `));
}
/** A backslash before the punctuation a citation holds (not before another backslash, nor a line break). */
const MARKDOWN_ESCAPE = /(?<!\\)\\([()[\]*_.,;:])/g;
