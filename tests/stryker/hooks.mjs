// Module resolution hook: `node:test` becomes the mocha-backed stand-in next to this file.
const nodeTest = new URL('./node-test.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'node:test' || specifier === 'test') return { url: nodeTest, shortCircuit: true };
  return nextResolve(specifier, context);
}
