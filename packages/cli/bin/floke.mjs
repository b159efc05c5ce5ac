#!/usr/bin/env node
// The CLI runs from its TypeScript sources through tsx (a compiled build is the packaging work of #17).
import { register } from 'tsx/esm/api';
import { writeFile } from 'node:fs/promises';

register();
const { run } = await import('../src/main.ts');
const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};
process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: readStdin,
  writeFile: (path, data) => writeFile(path, data),
  stderrIsTerminal: process.stderr.isTTY === true,
});
