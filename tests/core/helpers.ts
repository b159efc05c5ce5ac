import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Reads a JSON file relative to the repository root. */
export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(repositoryRoot, path), 'utf8')) as T;
}

export const exampleDocuments = [
  'examples/data/telemark-agder.json',
  'examples/data/telemark-agder-2024-01.json',
  'examples/data/sammen-mot.json',
  'examples/data/minimal.json',
] as const;

export interface InvalidFixture {
  file: string;
  breaks: string;
  code: string;
  pointer: string;
  severity: 'error' | 'warning';
}

export const invalidFixtures = readJson<InvalidFixture[]>('tests/fixtures/invalid/expected.json');
export const readFixture = (file: string) => readJson(`tests/fixtures/invalid/${file}`);
