import type { NormalizedDocument } from '@floke/core';

/** The labels of what an element explains and what explains it (directly). */
export function explainsOf(model: NormalizedDocument, id: string): { explains: string[]; explainedBy: string[] } {
  const explains = model.relations.filter((r) => r.type === 'explains');
  const label = (other: string) => model.elements.find((e) => e.id === other)?.label ?? other;
  return {
    explains: explains.filter((r) => r.from === id).map((r) => label(r.to)),
    explainedBy: explains.filter((r) => r.to === id).map((r) => label(r.from)),
  };
}
