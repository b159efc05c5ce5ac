/**
 * Fails a test when Lit's development build warns during it (a property changed during an update, a
 * missing reactive property…): these warnings point at real bugs. Import once per test file.
 */
import { ReactiveElement } from 'lit';

// Also report an update scheduled by the update itself: off by default, and a sign of wasted renders.
(ReactiveElement as unknown as { enableWarning?: (kind: string) => void }).enableWarning?.('change-in-update');

const warnings: string[] = [];
const originalWarn = console.warn.bind(console);
// The one notice Lit always prints in dev mode is not a warning about our code.
const ignored = [/Lit is in dev mode/, /already defined by another copy of Floke/];

console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (/lit\.dev\/msg\//.test(text) && !ignored.some((pattern) => pattern.test(text))) warnings.push(text);
  originalWarn(...args);
};

afterEach(() => {
  if (warnings.length > 0) throw new Error(`Lit warned during this test:\n${warnings.splice(0).join('\n')}`);
});
