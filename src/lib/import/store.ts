/**
 * Imported datasets kept in the browser's IndexedDB until the user removes them: descriptions in
 * one object store (listed on every page load), the gzipped inventory tables in another (read only
 * when the dataset is shown), cut into parts because Chromium refuses a value above about 130 MB.
 * A full disk or quota is reported with figures, never swallowed. Storage runs in the page, so its
 * errors are worded in the page's language.
 */
import type { DatasetMeta, PackedInventory } from './dataset';
import { inventoryTables } from '../data/package';
import { formatBytes } from '../format/number';
import { t } from '../i18n/i18n';

const dbName = 'citsci-sdg-datasets';
const version = 1;

export class StorageError extends Error {}
export class DatasetExistsError extends StorageError {
	constructor(readonly id: string) {
		super(t('storage.exists', { id }));
	}
}

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

/**
 * A transaction's end. A failing request's error event reaches the transaction before the abort
 * that follows it, while `tx.error` is still null: the request's own error is what says why.
 */
function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		let cause: DOMException | null = null;
		tx.oncomplete = () => resolve();
		tx.onerror = (event) => (cause ??= (event.target as IDBRequest).error);
		tx.onabort = () => reject(cause ?? tx.error ?? new Error('The storage transaction was aborted'));
	});
}

let opened: Promise<IDBDatabase> | null = null;
function open(): Promise<IDBDatabase> {
	if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError(t('storage.noIndexedDb')));
	opened ??= new Promise((resolve, reject) => {
		const r = indexedDB.open(dbName, version);
		r.onupgradeneeded = () => {
			r.result.createObjectStore('datasets', { keyPath: 'id' });
			r.result.createObjectStore('tables');
		};
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(new StorageError(t('storage.cannotOpen', { error: r.error?.message ?? '?' })));
		r.onblocked = () => reject(new StorageError(t('storage.blocked')));
	});
	opened.catch(() => (opened = null));
	return opened;
}

async function quotaMessage(e: unknown): Promise<string> {
	const name = e instanceof DOMException ? e.name : '';
	const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
	const figures = estimate?.quota
		? { figures: 'known', usage: formatBytes(estimate.usage ?? 0), quota: formatBytes(estimate.quota) }
		: { figures: 'unknown', usage: '', quota: '' };
	if (name === 'QuotaExceededError') return t('storage.full', figures);
	return t('storage.notStored', { ...figures, error: (e instanceof Error ? e.message : String(e)).replace(/\.$/, '') });
}

export async function listDatasets(): Promise<DatasetMeta[]> {
	const db = await open();
	const all = await request(db.transaction('datasets').objectStore('datasets').getAll() as IDBRequest<DatasetMeta[]>);
	return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

const partBytes = 32 * 1024 * 1024;
const partKey = (id: string, table: string, part: number) => `${id}/${table}/${part}`;
/** Every part key of a dataset sorts between these two. */
const datasetKeys = (id: string) => IDBKeyRange.bound(`${id}/`, `${id}/\uffff`);

export async function readInventory(id: string): Promise<PackedInventory> {
	const db = await open();
	const store = db.transaction('tables').objectStore('tables');
	const keys = (await request(store.getAllKeys(datasetKeys(id)))) as string[];
	const values = (await request(store.getAll(datasetKeys(id)))) as Uint8Array[];
	const packed = {} as PackedInventory;
	for (const table of inventoryTables) {
		const parts = keys
			.map((key, i) => ({ part: key.split('/'), bytes: values[i] }))
			.filter(({ part }) => part[1] === table)
			.sort((a, b) => Number(a.part[2]) - Number(b.part[2]));
		if (parts.length === 0) throw new StorageError(t('storage.missing', { id }));
		const bytes = new Uint8Array(parts.reduce((n, p) => n + p.bytes.length, 0));
		let offset = 0;
		for (const p of parts) (bytes.set(p.bytes, offset), (offset += p.bytes.length));
		packed[table] = bytes;
	}
	return packed;
}

/** Description and every part in one transaction: a dataset is either kept whole or not at all. */
export async function saveDataset(meta: DatasetMeta, packed: PackedInventory): Promise<void> {
	const db = await open();
	let tx: IDBTransaction | null = null;
	try {
		tx = db.transaction(['datasets', 'tables'], 'readwrite');
		// add, not put: a dataset of the same id (imported in another tab meanwhile) is never overwritten.
		tx.objectStore('datasets').add(meta);
		const tables = tx.objectStore('tables');
		tables.delete(datasetKeys(meta.id));
		for (const table of inventoryTables) {
			const bytes = packed[table];
			for (let part = 0, at = 0; part === 0 || at < bytes.length; part++, at += partBytes)
				tables.put(bytes.slice(at, at + partBytes), partKey(meta.id, table, part));
		}
		await done(tx);
	} catch (e) {
		// A put that throws at once (too large, say) leaves the transaction open: without the abort it would commit the parts before it.
		try {
			tx?.abort();
		} catch {
			// already ended
		}
		if (e instanceof DOMException && e.name === 'ConstraintError') throw new DatasetExistsError(meta.id);
		throw new StorageError(await quotaMessage(e));
	}
	// Ask the browser not to evict the data under storage pressure; it may say no, which is fine.
	await navigator.storage?.persist?.().catch(() => false);
}

export async function removeDataset(id: string): Promise<void> {
	const db = await open();
	const tx = db.transaction(['datasets', 'tables'], 'readwrite');
	tx.objectStore('datasets').delete(id);
	tx.objectStore('tables').delete(datasetKeys(id));
	await done(tx);
}
