#!/usr/bin/env node
// Prints the mutation score per folder of packages/core/src from Stryker's JSON report, as a Markdown table to paste
// into a note. `node scripts/mutation-summary.mjs [report.json …]` (default: reports/mutation/mutation.json); several
// reports, such as one per folder run, are read as one.
import { readFileSync } from 'node:fs';
import { dirname, posix, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = posix.join(relative(process.cwd(), dirname(dirname(fileURLToPath(import.meta.url)))) || '.');
export const DEFAULT_REPORT = posix.join(root, 'reports/mutation/mutation.json');
const SOURCE = 'packages/core/src/';

/** Counts per status, and the two scores Stryker gives: over all valid mutants, and over those a test reached. */
export function tally(mutants) {
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0, Pending: 0 };
  for (const mutant of mutants) count[mutant.status] = (count[mutant.status] ?? 0) + 1;
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  const covered = detected + count.Survived;
  return {
    ...count,
    detected,
    valid,
    score: valid ? (100 * detected) / valid : NaN,
    coveredScore: covered ? (100 * detected) / covered : NaN,
  };
}

/** Rows per folder under packages/core/src (files directly in it count as `.`), a total per top folder that has
 * subfolders (`layout/**`), then all. */
export function summarize(report) {
  const byFolder = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const path = file.replaceAll('\\', '/');
    const folder = posix.dirname(path.includes(SOURCE) ? path.slice(path.indexOf(SOURCE) + SOURCE.length) : path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), ...mutants]);
  }
  const rows = new Map(byFolder);
  for (const top of new Set([...byFolder.keys()].filter((f) => f.includes('/')).map((f) => f.split('/')[0]))) {
    rows.set(
      `${top}/**`,
      [...byFolder].filter(([f]) => f === top || f.startsWith(`${top}/`)).flatMap(([, m]) => m),
    );
  }
  return [
    ...[...rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([folder, mutants]) => ({ folder, ...tally(mutants) })),
    { folder: 'all', ...tally([...byFolder.values()].flat()) },
  ];
}

export function table(rows) {
  const pct = (x) => (Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} %`);
  const lines = [
    '| folder | score | covered | killed | timeout | survived | no cov | errors | ignored | total |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.folder} | ${pct(r.score)} | ${pct(r.coveredScore)} | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ` +
        `${r.CompileError + r.RuntimeError} | ${r.Ignored} | ${r.valid} |`,
    ),
  ];
  return lines.join('\n');
}

/** Several reports (say, one per folder run) as one: their files together, the later report winning for a file in both. */
export function mergeReports(reports) {
  return { files: Object.assign({}, ...reports.map((report) => report.files)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : [DEFAULT_REPORT];
  const report = mergeReports(files.map((file) => JSON.parse(readFileSync(file, 'utf8'))));
  console.log(`Mutation score per folder of ${SOURCE} (${files.join(', ')}; score = detected / (detected + survived + no coverage)):\n`);
  console.log(table(summarize(report)));
}
