/**
 * Imported datasets kept in the browser's IndexedDB until the user removes them: descriptions in
 * one object store (listed on every page load), the inventory CSV text in another (read only when
 * the dataset is shown). A full disk or quota is reported with figures, never swallowed.
 */
import type { DatasetMeta, InventoryCsv } from './dataset';
import { formatBytes } from './read';

const dbName = 'citsci-sdg-datasets';
const version = 1;

export class StorageError extends Error {}

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new Error('The storage transaction was aborted'));
	});
}

let opened: Promise<IDBDatabase> | null = null;
function open(): Promise<IDBDatabase> {
	if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError('This browser offers no IndexedDB storage, so imports cannot be kept.'));
	opened ??= new Promise((resolve, reject) => {
		const r = indexedDB.open(dbName, version);
		r.onupgradeneeded = () => {
			r.result.createObjectStore('datasets', { keyPath: 'id' });
			r.result.createObjectStore('tables');
		};
		r.onsuccess = () => resolve(r.result);
		r.onerror = () =>
			reject(new StorageError(`The browser's storage could not be opened: ${r.error?.message ?? 'unknown error'} (private browsing can forbid it).`));
		r.onblocked = () => reject(new StorageError('The storage is in use by an older version of this page in another tab; close it and try again.'));
	});
	opened.catch(() => (opened = null));
	return opened;
}

async function quotaMessage(e: unknown): Promise<string> {
	const name = e instanceof DOMException ? e.name : '';
	const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
	const figures = estimate?.quota ? ` This site uses ${formatBytes(estimate.usage ?? 0)} of the ${formatBytes(estimate.quota)} the browser allows it.` : '';
	if (name === 'QuotaExceededError')
		return `The browser's storage for this site is full, so the dataset was not kept.${figures} Remove a dataset, or free disk space, and import again.`;
	return `The dataset could not be stored: ${(e instanceof Error ? e.message : String(e)).replace(/\.$/, '')}.${figures}`;
}

export async function listDatasets(): Promise<DatasetMeta[]> {
	const db = await open();
	const all = await request(db.transaction('datasets').objectStore('datasets').getAll() as IDBRequest<DatasetMeta[]>);
	return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

export async function readInventory(id: string): Promise<InventoryCsv> {
	const db = await open();
	const csv = await request(db.transaction('tables').objectStore('tables').get(id) as IDBRequest<InventoryCsv | undefined>);
	if (!csv) throw new StorageError(`The stored tables of dataset "${id}" are missing; remove it and import the file again.`);
	return csv;
}

/** Both stores in one transaction: a dataset is either kept whole or not at all. */
export async function saveDataset(meta: DatasetMeta, csv: InventoryCsv): Promise<void> {
	const db = await open();
	try {
		const tx = db.transaction(['datasets', 'tables'], 'readwrite');
		tx.objectStore('datasets').put(meta);
		tx.objectStore('tables').put(csv, meta.id);
		await done(tx);
	} catch (e) {
		throw new StorageError(await quotaMessage(e));
	}
	// Ask the browser not to evict the data under storage pressure; it may say no, which is fine.
	await navigator.storage?.persist?.().catch(() => false);
}

export async function removeDataset(id: string): Promise<void> {
	const db = await open();
	const tx = db.transaction(['datasets', 'tables'], 'readwrite');
	tx.objectStore('datasets').delete(id);
	tx.objectStore('tables').delete(id);
	await done(tx);
}
