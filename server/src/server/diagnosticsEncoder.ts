// The stdio writer's JSON encoder, given to vscode-jsonrpc through its public
// `MessageWriterOptions.contentTypeEncoder` option. It writes exactly what the default encoder
// writes (`JSON.stringify(msg)` as UTF-8) but keeps the UTF-8 JSON of each Diagnostic object it
// has encoded: the service reuses the Diagnostic objects of the blocks an edit did not touch, so
// a publish after a keystroke in a 1 MB draft encodes the few new diagnostics and copies the
// bytes of the others. Nothing depends on the library's internals: the message is built from the
// fields of an LSP notification, in their order, and only our own objects are remembered.

import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';

const PUBLISH = 'textDocument/publishDiagnostics';

/** The JSON of a Diagnostic, kept while the object lives (the service drops unused ones). */
const encoded = new WeakMap<object, Buffer>();

const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');
const COMMA = Buffer.from(',');

function diagnosticBytes(d: object): Buffer {
  let b = encoded.get(d);
  if (!b) {
    b = Buffer.from(JSON.stringify(d), 'utf8');
    encoded.set(d, b);
  }
  return b;
}

/** `JSON.stringify` of an object's own enumerable fields, with `write` given one field's bytes. */
function objectBytes(o: Record<string, unknown>, parts: Buffer[], field: (key: string, value: unknown) => Buffer | undefined): void {
  parts.push(Buffer.from('{'));
  let first = true;
  for (const key of Object.keys(o)) {
    const value = o[key];
    const bytes = field(key, value);
    // JSON.stringify leaves out undefined values and functions; so does this.
    if (bytes === undefined) continue;
    parts.push(Buffer.from(`${first ? '' : ','}${JSON.stringify(key)}:`, 'utf8'), bytes);
    first = false;
  }
  parts.push(Buffer.from('}'));
}

function valueBytes(value: unknown): Buffer | undefined {
  const json = JSON.stringify(value);
  return json === undefined ? undefined : Buffer.from(json, 'utf8');
}

/** Exactly `Buffer.from(JSON.stringify(msg), 'utf8')`, with known diagnostics copied. */
export function encodeMessage(msg: Message): Buffer {
  const m = msg as unknown as { method?: unknown; params?: { diagnostics?: unknown } };
  const diagnostics = m.method === PUBLISH ? m.params?.diagnostics : undefined;
  // Anything with a toJSON would be encoded differently by JSON.stringify: leave it to it.
  if (!Array.isArray(diagnostics) || typeof (msg as { toJSON?: unknown }).toJSON === 'function' || typeof (m.params as { toJSON?: unknown }).toJSON === 'function') {
    return Buffer.from(JSON.stringify(msg), 'utf8');
  }
  const parts: Buffer[] = [];
  objectBytes(msg as unknown as Record<string, unknown>, parts, (key, value) => {
    if (key !== 'params') return valueBytes(value);
    const inner: Buffer[] = [];
    objectBytes(value as Record<string, unknown>, inner, (k, v) => {
      if (k !== 'diagnostics') return valueBytes(v);
      const items: Buffer[] = [OPEN];
      diagnostics.forEach((d: unknown, i: number) => {
        if (i > 0) items.push(COMMA);
        // Non-objects (never sent by the service) are encoded as JSON.stringify would in an array.
        items.push(d !== null && typeof d === 'object' ? diagnosticBytes(d) : Buffer.from(JSON.stringify(d) ?? 'null', 'utf8'));
      });
      items.push(CLOSE);
      return Buffer.concat(items);
    });
    return Buffer.concat(inner);
  });
  return Buffer.concat(parts);
}

export const diagnosticsEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: (msg) => {
    try {
      return Promise.resolve(encodeMessage(msg));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
