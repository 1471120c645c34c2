// What the VS Code suites share: waiting for the editor, and answering a QuickPick a command shows.
import * as vscode from 'vscode';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** `fn`'s first truthy answer within `ms`, asked every 200 ms; its last answer otherwise. */
export async function poll<T>(fn: () => Promise<T | undefined> | T | undefined, ms = 30000): Promise<T | undefined> {
  const t0 = Date.now();
  let v: T | undefined;
  while (Date.now() - t0 < ms) {
    v = await fn();
    if (v) return v;
    await sleep(200);
  }
  return v;
}

/**
 * Runs `command` and, once its QuickPick is up, moves `down` items from the first and accepts
 * (a slow machine may take a while to show it: tried every 500 ms for 30 s). The command's answer.
 */
export async function runPickingItem<T>(command: string, args: unknown[] = [], down = 0): Promise<T | undefined> {
  let settled = false;
  const done = Promise.resolve(vscode.commands.executeCommand<T>(command, ...args)).finally(() => (settled = true));
  // Moving down is not idempotent: wait until the list has surely opened before the first try.
  if (down > 0) await sleep(1500);
  for (let i = 0; i < 60 && !settled; i++) {
    if (down === 0) await sleep(500);
    for (let d = 0; d < down; d++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    if (down > 0) await sleep(500);
  }
  return done;
}
