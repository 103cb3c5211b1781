/**
 * The report basket: charts collected from any page, in the reader's order, kept in this
 * browser's localStorage. Each entry is a snapshot (the exported SVG, its title, filters and
 * citation), so the report shows exactly what was seen when it was added.
 */
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
		try {
			const parsed = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
			this.items = Array.isArray(parsed) ? parsed.filter((i) => i && typeof i.svg === 'string' && typeof i.title === 'string') : [];
		} catch {
			this.items = [];
			this.error = 'The saved report could not be read and was set aside.';
		}
	}

	#save() {
		try {
			localStorage.setItem(storageKey, JSON.stringify(this.items));
			this.error = null;
		} catch (e) {
			// A full storage quota is reported, never swallowed.
			this.error = `The report could not be saved in this browser (${e instanceof Error ? e.message : String(e)}). Remove a chart and try again.`;
		}
	}

	add(item: Omit<ReportItem, 'id' | 'added'>) {
		this.load();
		this.items = [...this.items, { ...item, id: crypto.randomUUID(), added: new Date().toISOString() }];
		this.#save();
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
