/**
 * One import, from the file chosen to the dataset accepted: the file, how it was read, what its
 * columns mean, the checked result and its report, and what accepting it did. Reading and checking
 * run in the import worker; nothing the dashboard shows changes until `accept`. A newer file or
 * mapping supersedes a check still running: its answer, or its failure, is dropped.
 */
import { createImporter, type Importer } from '../import/client';
import { datasetId, datasetMeta } from '../import/dataset';
import type { Encoding } from '../import/decode';
import type { Delimiter } from '../import/delimited';
import { ImportFailure, type ImportIssue } from '../import/issues';
import { mappingProblems, type Mapping } from '../import/mapping';
import type { Checked, FileSummary, Phase, ReviewSuggestion } from '../import/protocol';
import { maxImportBytes, tooLargeNote, tooLargeText } from '../import/read';
import { formatCount } from '../format/number';
import { t } from '../i18n/i18n';
import { forgetMapping, mappingForLayout, saveMapping, savedMappings, type SavedMapping } from '../import/saved-mappings';
import { DatasetExistsError } from '../import/store';
import { datasets } from './datasets.svelte';
import { noChoices, type SuggestionChoices } from '../suggest/evidence';
import { choose, sameChoices, type Choice } from '../suggest/review';
import { fileKey, saveChoices, savedChoices } from '../import/saved-choices';

const stem = (name: string) => name.replace(/\.[^.]+$/, '');

export class ImportSession {
	file = $state.raw<File | null>(null);
	progress = $state<{ phase: Phase; fraction: number } | null>(null);
	summary = $state.raw<FileSummary | null>(null);
	mapping = $state.raw<Mapping | null>(null);
	checked = $state.raw<Checked | null>(null);
	/** Why nothing can be imported from the file (or the last step failed). */
	failure = $state<ImportIssue | null>(null);
	/** The dataset's name, the file's name until the user types another. */
	title = $state('');
	mode = $state<'beside' | 'replace'>('beside');
	/** How to read the file; empty means "detect" (encoding, delimiter) or "the first sheet with data". */
	reading = $state<{ encoding: Encoding | ''; delimiter: Delimiter | ''; sheet: string }>({ encoding: '', delimiter: '', sheet: '' });
	saved = $state.raw<SavedMapping[]>([]);
	/** The saved mapping in use, if the mapping came from one. */
	usedSaved = $state<string | null>(null);
	accepting = $state(false);
	/** Suggested links for the projects the file leaves unlinked, once asked for. */
	suggestions = $state.raw<ReviewSuggestion[] | null>(null);
	/** What the user chose for them; kept in this browser per file (saved-choices.ts) as they choose. */
	choices = $state.raw<SuggestionChoices>(noChoices());
	/** Whether the checked tables (the report, and what Import keeps) include the choices as they are now. */
	readonly choicesApplied = $derived(sameChoices(this.mapping?.suggestions ?? noChoices(), this.choices));
	#fileKey = '';
	/** The id column the choices were made under. */
	#idColumn: string | undefined = undefined;
	/** Choices are kept per file (its bytes and sheet) and per id column: they name projects by id. */
	#choicesKey = () => `${this.#fileKey}|${this.#idColumn ?? ''}`;
	outcome = $state<{ text: string; error?: boolean } | null>(null);

	/** What is wrong with the mapping, before anything is checked. */
	readonly problems = $derived(this.summary && this.mapping ? mappingProblems(this.mapping, this.summary.header) : []);
	/** Counts opens and checks, so the answer to a file or mapping the user has since replaced is dropped. */
	#checks = 0;
	/** The dataset id the checked tables' project ids start with. */
	#checkedId = '';
	/** The step whose progress is shown: a superseded step keeps reporting from the worker, and is not shown. */
	#awaiting: number | null = null;
	#importer: Importer | null = null;
	readonly #connect: (onProgress: (phase: Phase, fraction: number) => void) => Importer;

	/** @param connect the worker by default; tests pass the same steps run in-process */
	constructor(connect = createImporter) {
		this.#connect = connect;
	}

	get busy(): boolean {
		return this.progress !== null;
	}

	/** Call from onMount. */
	mount() {
		datasets.load();
		this.saved = savedMappings();
	}

	/** Call from onDestroy: the worker holds the parsed file. */
	close() {
		this.#importer?.close();
		this.#importer = null;
	}

	#worker(): Importer {
		this.#importer ??= this.#connect((phase, fraction) => {
			if (this.#awaiting !== null) this.progress = { phase, fraction };
		});
		return this.#importer;
	}

	/** Run a worker step; a failure becomes `failure`, unless a newer step has superseded this one. */
	async #step<T>(task: () => Promise<T>): Promise<T | null> {
		this.failure = null;
		const started = this.#checks;
		this.#awaiting = started;
		try {
			const answer = await task();
			return started === this.#checks ? answer : null;
		} catch (e) {
			if (started !== this.#checks) return null;
			this.failure =
				e instanceof ImportFailure
					? e.issue
					: { severity: 'fatal', type: 'source-error', resource: this.file?.name ?? '', note: e instanceof Error ? e.message : String(e) };
			return null;
		} finally {
			if (this.#awaiting === started) this.#idle();
		}
	}

	/** Nothing is running that the user waits for. */
	#idle() {
		this.#awaiting = null;
		this.progress = null;
	}

	/** @param again the same file read with other options: the name the user typed stays */
	async open(picked: File, again = false) {
		this.#checks++; // a step still running for the previous file is stale
		this.file = picked;
		if (!again) this.title = stem(picked.name);
		this.summary = null;
		this.mapping = null;
		this.checked = null;
		this.outcome = null;
		this.usedSaved = null;
		this.suggestions = null;
		this.choices = noChoices();
		if (picked.size > maxImportBytes) {
			this.failure = {
				severity: 'fatal',
				type: 'file-too-large',
				resource: picked.name,
				note: tooLargeNote(picked.size),
				text: tooLargeText(picked.size)
			};
			this.#idle();
			return;
		}
		this.progress = { phase: 'reading', fraction: 0 };
		if (!again) this.reading.sheet = '';
		const { encoding, delimiter, sheet } = this.reading;
		const read = await this.#step(() =>
			this.#worker().read(picked, { encoding: encoding || undefined, delimiter: delimiter || undefined, sheet: sheet || undefined })
		);
		if (!read) return;
		this.summary = read;
		const reuse = mappingForLayout(read.header);
		this.usedSaved = reuse?.name ?? null;
		// Choices on suggestions belong to this very file, never to another of the same layout.
		this.#fileKey = fileKey(read.fingerprint, sheet);
		const mapping = reuse ? structuredClone(reuse.mapping) : read.detected;
		this.#idColumn = mapping.columns.id;
		const chosen = savedChoices(this.#choicesKey());
		this.choices = chosen ?? noChoices();
		this.mapping = { ...mapping, suggestions: chosen };
		await this.check();
	}

	/** Read the chosen file again, with the reading options as they are now. */
	reread() {
		if (this.file) return this.open(this.file, true);
	}

	async check() {
		const mine = ++this.#checks;
		this.checked = null;
		const { summary, mapping } = this;
		if (!summary || !mapping || this.problems.length > 0) {
			this.#idle(); // a check this one supersedes is no longer awaited
			return;
		}
		this.progress = { phase: 'checking', fraction: 0 };
		const id = datasetId(
			stem(summary.fileName),
			datasets.list.map((d) => d.id)
		);
		const result = await this.#step(() => this.#worker().check(mapping, id));
		if (mine !== this.#checks) return;
		this.#checkedId = id;
		this.checked = result;
	}

	changeMapping(next: Mapping) {
		// Suggestions were made under the mapping as it was (its text columns, the projects it left unlinked).
		const { suggestions: _next, ...nextRest } = next;
		const { suggestions: _now, ...nowRest } = this.mapping ?? next;
		if (JSON.stringify(nextRest) !== JSON.stringify(nowRest)) this.suggestions = null;
		// Choices name projects by their id in the file: under another id column they would name other projects.
		// Each id column keeps its own choices, so switching back finds them again.
		if (next.columns.id !== this.#idColumn) {
			this.#idColumn = next.columns.id;
			const chosen = this.#fileKey ? savedChoices(this.#choicesKey()) : undefined;
			this.choices = chosen ?? noChoices();
			next = { ...next, suggestions: chosen };
		}
		this.mapping = next;
		return this.check();
	}

	setCountryFixes(countryFixes: Mapping['countryFixes']) {
		if (this.mapping) return this.changeMapping({ ...this.mapping, countryFixes });
	}

	/** Suggest links for the projects the file leaves unlinked (the choices made earlier for this file stay). */
	async suggest() {
		if (!this.checked) return;
		this.progress = { phase: 'suggesting', fraction: 0 };
		const list = await this.#step(() => this.#worker().suggest());
		if (list) this.suggestions = list;
	}

	choose(targets: readonly Pick<ReviewSuggestion, 'key' | 'code'>[], choice: Choice) {
		this.choices = choose(this.choices, targets, choice);
		if (this.#fileKey) saveChoices(this.#choicesKey(), $state.snapshot(this.choices));
	}

	/** Check the file again with the accepted suggestions as links, so the report counts them. */
	applyChoices() {
		if (this.mapping) return this.changeMapping({ ...this.mapping, suggestions: this.choices });
	}

	saveMapping(name: string) {
		if (!this.summary || !this.mapping) return;
		// Choices belong to one file (saved-choices.ts), never to a layout.
		const { suggestions: _choices, ...layout } = this.mapping;
		this.saved = saveMapping(name, this.summary.header, layout);
		this.usedSaved = name;
	}

	useSaved(name: string) {
		const m = this.saved.find((s) => s.name === name);
		if (!m) return;
		this.usedSaved = m.name;
		return this.changeMapping({ ...structuredClone(m.mapping), suggestions: this.mapping?.suggestions });
	}

	forgetSaved() {
		if (!this.usedSaved) return;
		this.saved = forgetMapping(this.usedSaved);
		this.usedSaved = null;
	}

	/** Keep the checked dataset and show it; on failure everything stays as it was, and `outcome` says why. */
	async accept() {
		if (!this.choicesApplied) await this.applyChoices();
		const { checked, summary, mapping } = this;
		if (!checked || !summary || !mapping) return;
		this.accepting = true;
		this.outcome = null;
		try {
			// Stored with structured clone, which cannot copy Svelte's state proxies: plain copies only.
			const meta = $state.snapshot(
				datasetMeta(checked, {
					id: this.#checkedId,
					title: this.title.trim() || stem(summary.fileName),
					fileName: summary.fileName,
					format: summary.format,
					details: summary.details.map((d) => d.note),
					mapping
				})
			);
			let stored;
			try {
				stored = await datasets.add(meta, checked.packed, this.mode);
			} catch (e) {
				if (!(e instanceof DatasetExistsError)) throw e;
				// Another tab took the id since this file was checked: check again under a free one.
				await datasets.reload();
				await this.check();
				this.outcome = { text: t('import.outcome.renamed'), error: true };
				return;
			}
			this.outcome = { text: t('import.outcome.imported', { n: stored.counts.projects, count: formatCount(stored.counts.projects), title: stored.title }) };
			this.summary = null;
			this.checked = null;
			this.file = null;
			this.suggestions = null;
			this.mode = 'beside';
		} catch (e) {
			this.outcome = { text: e instanceof Error ? e.message : String(e), error: true };
		} finally {
			this.accepting = false;
		}
	}
}
