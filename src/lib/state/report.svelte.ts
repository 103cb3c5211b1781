/**
 * The report basket: charts collected from any page, in the reader's order, kept in this
 * browser's localStorage. Each entry is a snapshot (the exported SVG, its title, filters and
 * citation), so the report shows exactly what was seen when it was added.
 */
import { formatCount } from '../format/number';
import { t } from '../i18n/i18n';

export interface ReportItem {
	id: string;
	title: string;
	filters: string;
	url: string;
	citation: string;
	/** The chart as a standalone SVG document (sanitised by the exporter). */
	svg: string;
	added: string;
}

const storageKey = 'citsci-sdg-report';

export class ReportBasket {
	items = $state<ReportItem[]>([]);
	error = $state<string | null>(null);
	#loaded = false;

	load() {
		if (this.#loaded || typeof localStorage === 'undefined') return;
		this.#loaded = true;
		this.#read();
		// Another tab changed the report: show its version rather than overwrite it later.
		window.addEventListener('storage', (e) => {
			if (e.key === storageKey) this.#read();
		});
	}

	#read() {
		const raw = localStorage.getItem(storageKey);
		try {
			const parsed = JSON.parse(raw ?? '[]');
			if (!Array.isArray(parsed)) throw new Error('not a list');
			const valid = (i: Partial<ReportItem>) =>
				!!i && [i.id, i.title, i.filters, i.url, i.citation, i.svg, i.added].every((v) => typeof v === 'string') && !Number.isNaN(Date.parse(i.added!));
			const ids = new Set<string>();
			this.items = parsed.filter((i: ReportItem) => valid(i) && !ids.has(i.id) && ids.add(i.id));
			const lost = parsed.length - this.items.length;
			if (lost > 0) this.error = t('report.itemsUnreadable', { count: formatCount(lost), n: lost });
		} catch {
			// Keep what could not be read under another key, so nothing is lost by saving over it.
			if (raw) localStorage.setItem(`${storageKey}-unreadable-${Date.now()}`, raw);
			this.items = [];
			this.error = t('report.unreadable');
		}
	}

	#save(): boolean {
		try {
			localStorage.setItem(storageKey, JSON.stringify(this.items));
			this.error = null;
			return true;
		} catch (e) {
			// A full storage quota is reported, never swallowed.
			this.error = t('report.notSaved', { error: e instanceof Error ? e.message : String(e) });
			return false;
		}
	}

	/** Add a chart; false (and the report unchanged) if the browser could not store it. */
	add(item: Omit<ReportItem, 'id' | 'added'>): boolean {
		this.load();
		const before = this.items;
		this.items = [...before, { ...item, id: crypto.randomUUID(), added: new Date().toISOString() }];
		if (this.#save()) return true;
		this.items = before;
		return false;
	}

	remove(id: string) {
		this.items = this.items.filter((i) => i.id !== id);
		this.#save();
	}

	move(id: string, by: -1 | 1) {
		const i = this.items.findIndex((x) => x.id === id);
		const j = i + by;
		if (i < 0 || j < 0 || j >= this.items.length) return;
		const next = [...this.items];
		[next[i], next[j]] = [next[j], next[i]];
		this.items = next;
		this.#save();
	}

	clear() {
		this.items = [];
		this.#save();
	}
}

export const report = new ReportBasket();
