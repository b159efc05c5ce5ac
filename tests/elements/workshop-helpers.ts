// What the workshop tests share: a frozen input (any write to it throws) and a key chord.
import { sendKeys } from '@web/test-runner-commands';

/** Freezes the whole object, so any write to the given document throws in the view. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (item !== null && typeof item === 'object' && !Object.isFrozen(item)) {
      Object.freeze(item);
      stack.push(...Object.values(item));
    }
  }
  return value;
}

/** Presses `key` with `modifiers` held (e.g. `['Control']`, `'z'`), releasing them in reverse order. */
export const chord = async (modifiers: string[], key: string) => {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
};
