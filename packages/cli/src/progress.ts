import type { UiLanguage } from '@floke/core';
import { CLI_WORDS } from './cli-words.js';
import type { CliIo } from './io.js';

/** One progress line a step: what the command is doing now ("Leser doc.json …"). */
export interface Progress {
  readonly reading: (file: string) => void;
  readonly layingOut: (view: string) => void;
  readonly drawing: (format: string) => void;
  readonly converting: (format: string) => void;
}

const silent: Progress = { reading: () => {}, layingOut: () => {}, drawing: () => {}, converting: () => {} };

/**
 * Progress for long work, in the chosen language, on standard error only (standard output may be the SVG or the
 * document): shown when standard error is a terminal or `--progress` is given, else silent so logs and pipes stay clean.
 */
export function progress(io: CliIo, lang: UiLanguage, asked: boolean): Progress {
  if (!asked && !io.stderrIsTerminal) return silent;
  const words = CLI_WORDS[lang].progress;
  const say = (line: string) => io.stderr(`floke: ${line}\n`);
  return {
    reading: (file) => say(words.reading(file)),
    layingOut: (view) => say(words.layingOut(view)),
    drawing: (format) => say(words.drawing(format)),
    converting: (format) => say(words.converting(format)),
  };
}
