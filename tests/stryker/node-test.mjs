// The part of node:test that tests/core uses (`describe`, `it`), backed by the globals mocha sets while it loads a
// test file. Looked up at call time, as mocha rebinds them per file. Tests take no argument (mocha would read one as
// a `done` callback), so a test context is not needed.
const mocha =
  (name) =>
  (...args) => {
    const fn = globalThis[name];
    if (typeof fn !== 'function') throw new Error(`node:test stand-in: mocha's ${name} is not defined; run under mocha`);
    return fn(...args);
  };

export const describe = mocha('describe');
export const it = mocha('it');
export const test = it;
export const before = mocha('before');
export const after = mocha('after');
export const beforeEach = mocha('beforeEach');
export const afterEach = mocha('afterEach');
