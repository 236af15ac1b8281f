// Added articles kept in IndexedDB, so they are still there after a reload. Plain IndexedDB (a
// few requests, no new dependency). A browser that refuses storage (private mode, a policy) still
// imports; the articles then last until the page is closed, and the page says so once.
import type { AddedArticle } from "./corpusProtocol";

const DB_NAME = "dateline";
const STORE = "added-articles";

let opened: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: "record.id" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened"));
  }).catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

function run<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = act(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
        tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
      }),
  );
}

/** Every stored article, in the order they were added. */
export async function storedArticles(): Promise<AddedArticle[]> {
  const all = await run("readonly", (store) => store.getAll() as IDBRequest<AddedArticle[]>);
  return all.sort((a, b) => a.addedAt - b.addedAt);
}

export async function storeArticle(article: AddedArticle): Promise<void> {
  await run("readwrite", (store) => store.put(article));
}

export async function forgetArticle(id: string): Promise<void> {
  await run("readwrite", (store) => store.delete(id));
}
