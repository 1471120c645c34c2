// Settings of the language service and of `resref check`, from three layers, later ones
// winning: the defaults, the workspace's `.resref.json`, and the editor's settings (only the
// values the user set: an editor that reports defaults for unset settings would hide the file).

import type { AuditEntry } from '../index/datasetIndex';
import type { UnknownSeverity } from '../features/diagnostics';
import { joinPath, reason, type Workspace } from './workspace';

export interface ServiceSettings {
  enable: boolean;
  /** Language ids of the documents that are checked. */
  languages: string[];
  unknownSeverity: UnknownSeverity;
  /** Folders of documents in the shape of the sources, relative to the first workspace folder. */
  extraSourceFolders: string[];
  /** Delay after typing before a draft is re-checked. */
  debounceMs: number;
  /** Agreed-language code lenses and information diagnostics. */
  agreedLanguage: boolean;
  /**
   * The body whose documents the drafts are ("General Assembly"), for whose instrument "its
   * resolution …" is; "" reads it from each draft's opening line. A draft's front matter
   * (`body: …`) overrides it.
   */
  draftBody: string;
}

export const DEFAULT_SETTINGS: Readonly<ServiceSettings> = Object.freeze({
  enable: true,
  languages: ['markdown', 'plaintext'],
  unknownSeverity: 'information',
  extraSourceFolders: [],
  debounceMs: 200,
  agreedLanguage: true,
  draftBody: '',
});

/** The workspace file read by the server and the CLI alike. */
export const CONFIG_FILE = '.resref.json';

/** What `.resref.json` may set (its JSON schema: schemas/resref.schema.json). */
export type ConfigFileSettings = Partial<Pick<ServiceSettings, 'extraSourceFolders' | 'unknownSeverity' | 'languages' | 'draftBody'>>;

export const SEVERITIES: readonly UnknownSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];
/** Above this, a debounce is a mistake (the setting's own maximum in package.json). */
const MAX_DEBOUNCE_MS = 5000;

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Keeps the well-formed values of a settings object and says what was wrong with the others,
 * so that one mistyped value never takes the others with it.
 */
export function validSettings(
  raw: unknown,
  allowed: readonly (keyof ServiceSettings)[],
  where: string,
  reportUnknown = true,
): { settings: Partial<ServiceSettings>; problems: string[] } {
  const settings: Partial<ServiceSettings> = {};
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings, problems: [`${where} must be a JSON object`] };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema') continue;
    if (!(allowed as readonly string[]).includes(key)) {
      if (reportUnknown) problems.push(`${where}: unknown setting “${key}”; known settings are ${allowed.join(', ')}`);
      continue;
    }
    switch (key as keyof ServiceSettings) {
      case 'enable':
        if (typeof value === 'boolean') settings.enable = value;
        else problems.push(`${where}: “enable” must be true or false`);
        break;
      case 'languages':
        if (isStringArray(value)) settings.languages = value;
        else problems.push(`${where}: “languages” must be a list of language ids, e.g. ["markdown", "plaintext"]`);
        break;
      case 'unknownSeverity':
        if (SEVERITIES.includes(value as UnknownSeverity)) settings.unknownSeverity = value as UnknownSeverity;
        else problems.push(`${where}: “unknownSeverity” is ${JSON.stringify(value)}; it must be one of ${SEVERITIES.join(', ')}`);
        break;
      case 'extraSourceFolders':
        if (isStringArray(value)) settings.extraSourceFolders = value;
        else problems.push(`${where}: “extraSourceFolders” must be a list of folder paths`);
        break;
      case 'agreedLanguage':
        if (typeof value === 'boolean') settings.agreedLanguage = value;
        else problems.push(`${where}: “agreedLanguage” must be true or false`);
        break;
      case 'draftBody':
        if (typeof value === 'string' && value.length <= 200) settings.draftBody = value;
        else problems.push(`${where}: “draftBody” must be the name of a body, e.g. "General Assembly", or "" to read it from each draft`);
        break;
      case 'debounceMs':
        if (typeof value === 'number' && value >= 0 && value <= MAX_DEBOUNCE_MS) settings.debounceMs = value;
        else problems.push(`${where}: “debounceMs” must be a number of milliseconds from 0 to ${MAX_DEBOUNCE_MS}`);
        break;
    }
  }
  return { settings, problems };
}

const EDITOR_KEYS: readonly (keyof ServiceSettings)[] = ['enable', 'languages', 'unknownSeverity', 'extraSourceFolders', 'debounceMs', 'agreedLanguage', 'draftBody'];
export const FILE_KEYS: readonly (keyof ServiceSettings)[] = ['extraSourceFolders', 'unknownSeverity', 'languages', 'draftBody'];

/** `.resref.json`: its settings, and its problems as entries on the file (line 1: the file is small). */
export function parseConfigFile(text: string, file: string): { settings: ConfigFileSettings; problems: AuditEntry[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { settings: {}, problems: [{ source: { file, line: 1, column: 1 }, code: 'config-file', message: `${CONFIG_FILE} is not valid JSON (${(e as Error).message}); its settings are not used` }] };
  }
  const { settings, problems } = validSettings(raw, FILE_KEYS, CONFIG_FILE);
  return { settings, problems: problems.map((message) => ({ source: { file, line: 1, column: 1 }, code: 'config-file', message })) };
}

/** What the editor sent, validated (a wrong value is logged and left out, never crashes the server). */
export function editorSettings(raw: unknown): { settings: Partial<ServiceSettings>; problems: string[] } {
  // The editor's section may hold settings of the client alone: not an error here.
  return validSettings(raw, EDITOR_KEYS, 'resolutionReferences settings', false);
}

export function mergeSettings(...layers: Partial<ServiceSettings>[]): ServiceSettings {
  const out: ServiceSettings = { ...DEFAULT_SETTINGS, languages: [...DEFAULT_SETTINGS.languages], extraSourceFolders: [] };
  for (const l of layers) Object.assign(out, Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined)));
  return out;
}

/** Reads `.resref.json` from `folder` through a workspace: its settings and problems (none when there is no file). */
export async function readConfigFile(ws: Pick<Workspace, 'stat' | 'read'>, folder: string | undefined): Promise<{ settings: ConfigFileSettings; problems: AuditEntry[]; file?: string }> {
  if (!folder) return { settings: {}, problems: [] };
  const file = joinPath(folder, CONFIG_FILE);
  if (!(await ws.stat(file))) return { settings: {}, problems: [] };
  let text: string;
  try {
    text = await ws.read(file);
  } catch (e) {
    return { settings: {}, problems: [{ source: { file, line: 1, column: 1 }, code: 'config-file', message: `${CONFIG_FILE} cannot be read (${reason(e)})` }], file };
  }
  return { ...parseConfigFile(text, file), file };
}
