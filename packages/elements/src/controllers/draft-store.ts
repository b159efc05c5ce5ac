// Workshop drafts in IndexedDB, one per document id, so a reload or a crash loses nothing. Every call resolves (to
// `undefined` when IndexedDB is missing or refuses, as in some private windows): a draft is a safety net, not a duty.

const DATABASE = 'floke-drafts';
const STORE = 'drafts';

/** A saved draft: the document as it stood, when (ms since 1970), and the element ids the workshop began with. */
export interface Draft {
  readonly id: string;
  readonly savedAt: number;
  readonly document: unknown;
  readonly baseline?: readonly string[];
}

function open(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(undefined);
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const database = await open();
  if (!database) return undefined;
  return new Promise((resolve) => {
    const request = work(database.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
  }).finally(() => database.close()) as Promise<T | undefined>;
}

export async function saveDraft(id: string, document: unknown, baseline: readonly string[]): Promise<void> {
  await run('readwrite', (store) => store.put({ id, savedAt: Date.now(), document, baseline } satisfies Draft));
}

export function loadDraft(id: string): Promise<Draft | undefined> {
  return run<Draft | undefined>('readonly', (store) => store.get(id) as IDBRequest<Draft | undefined>);
}

export async function deleteDraft(id: string): Promise<void> {
  await run('readwrite', (store) => store.delete(id));
}
