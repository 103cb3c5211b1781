// @vitest-environment jsdom
/**
 * The import page's state, on the real read and check steps: a file is read, mapped and checked;
 * a newer file supersedes a check still running; a broken file is named with its line; a mapping
 * can be saved, reused and forgotten; a failed accept keeps the checked file.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportSession } from '../../src/lib/state/import-session.svelte';
import { inProcessImporter } from '../in-process-importer';
import { fileKey, saveChoices, savedChoices } from '../../src/lib/import/saved-choices';

const fixture = (name: string) => new File([readFileSync(`tests/fixtures/import/${name}`)], name);

beforeEach(() => localStorage.clear());

describe('ImportSession', () => {
	it('reads, maps and checks a file, and names the dataset after it', async () => {
		const session = new ImportSession(inProcessImporter);
		await session.open(fixture('inventory.csv'));
		expect(session.failure).toBeNull();
		expect(session.busy).toBe(false);
		expect(session.title).toBe('inventory');
		expect(session.summary).toMatchObject({ fileName: 'inventory.csv', format: 'csv', rowCount: 4 });
		expect(session.mapping?.columns.name).toBe('Project name');
		expect(session.problems).toEqual([]);
		expect(session.checked?.counts).toMatchObject({ projects: 4, countries: 6, contributions: 6, suggested: 0 });
	});

	it('drops the answer for a file the user has since replaced', async () => {
		const session = new ImportSession(inProcessImporter);
		const first = session.open(fixture('inventory.csv'));
		const second = session.open(fixture('wide-ec-layout.csv'));
		await Promise.all([first, second]);
		expect(session.summary?.fileName).toBe('wide-ec-layout.csv');
		expect(session.title).toBe('wide-ec-layout');
		expect(session.checked?.counts.projects).toBe(3);
		expect(session.failure).toBeNull();
		expect(session.progress).toBeNull();
	});

	it('never shows the replaced file, even when the newer one fails', async () => {
		const session = new ImportSession(inProcessImporter);
		const first = session.open(fixture('inventory.csv'));
		const second = session.open(new File(['id,Project name\n1,"never closed\n'], 'broken.csv'));
		await Promise.all([first, second]);
		expect(session.failure).toMatchObject({ resource: 'broken.csv' });
		expect(session.summary).toBeNull();
		expect(session.mapping).toBeNull();
		expect(session.checked).toBeNull();
	});

	it('drops a running check when the mapping changes, and checks nothing while the mapping has problems', async () => {
		const session = new ImportSession(inProcessImporter);
		await session.open(fixture('inventory.csv'));
		const mapping = session.mapping!;
		const running = session.changeMapping({ ...mapping, defaultStrength: 'direct' });
		await session.changeMapping({ ...mapping, columns: { ...mapping.columns, name: undefined } });
		await running;
		expect(session.problems.length).toBeGreaterThan(0);
		expect(session.checked).toBeNull();
		expect(session.busy).toBe(false);
	});

	it('names a broken file and where it breaks, and keeps nothing of it', async () => {
		const session = new ImportSession(inProcessImporter);
		await session.open(new File(['id,Project name\n1,"never closed\n'], 'broken.csv'));
		expect(session.failure).toMatchObject({ severity: 'fatal', type: 'source-error', resource: 'broken.csv', line: 2 });
		expect(session.summary).toBeNull();
		expect(session.checked).toBeNull();
		expect(session.busy).toBe(false);
	});

	it('saves a mapping, offers it for a file with the same columns, and forgets it', async () => {
		const session = new ImportSession(inProcessImporter);
		session.mount();
		await session.open(fixture('inventory.csv'));
		await session.changeMapping({ ...session.mapping!, defaultStrength: 'indirect' });
		session.saveMapping('Monthly export');
		expect(session.saved.map((m) => m.name)).toEqual(['Monthly export']);

		const again = new ImportSession(inProcessImporter);
		again.mount();
		await again.open(fixture('inventory.csv'));
		expect(again.usedSaved).toBe('Monthly export');
		expect(again.mapping?.defaultStrength).toBe('indirect');
		again.forgetSaved();
		expect(again.saved).toEqual([]);
		expect(again.usedSaved).toBeNull();
	});

	it('says why an accept failed and keeps the checked file to try again', async () => {
		const session = new ImportSession(inProcessImporter);
		await session.open(fixture('wide-ec-layout.csv'));
		const checked = session.checked;
		// jsdom has no IndexedDB: storing fails, as it does in a browser that refuses storage.
		await session.accept();
		expect(session.outcome?.error).toBe(true);
		expect(session.outcome?.text).toMatch(/indexedDB/i);
		expect(session.checked).toBe(checked);
		expect(session.accepting).toBe(false);
	});

	it('suggests links for the unlinked projects, adds the accepted ones, and offers the choices again for the same file', async () => {
		const session = new ImportSession(inProcessImporter);
		await session.open(fixture('plain-list.csv'));
		expect(session.checked?.counts).toMatchObject({ projects: 6, contributions: 0, unlinked: 6 });
		await session.suggest();
		const bird = session.suggestions!.find((s) => s.key === 'p-001' && s.code === '15.5')!;
		expect(bird).toMatchObject({ name: 'Garden Bird Count', goal: 15 });
		expect(session.suggestions!.some((s) => s.key === 'p-006')).toBe(false);

		session.choose([bird], 'accepted');
		expect(session.choicesApplied).toBe(false);
		await session.applyChoices();
		expect(session.choicesApplied).toBe(true);
		expect(session.checked?.counts).toMatchObject({ contributions: 1, suggested: 1, unlinked: 6 });

		// Read another column as the description, and the suggestions made from the old one are gone.
		await session.changeMapping({ ...session.mapping!, columns: { ...session.mapping!.columns, description: 'Organisation' } });
		expect(session.suggestions).toBeNull();
		expect(session.choices.accepted).toEqual({ 'p-001': ['15.5'] });

		// Another id column names other projects: its choices are its own, and the first come back with it.
		const idColumn = session.mapping!.columns.id;
		await session.changeMapping({ ...session.mapping!, columns: { ...session.mapping!.columns, id: undefined } });
		expect(session.choices.accepted).toEqual({});
		expect(session.checked?.counts.suggested).toBe(0);
		await session.changeMapping({ ...session.mapping!, columns: { ...session.mapping!.columns, id: idColumn } });
		expect(session.choices.accepted).toEqual({ 'p-001': ['15.5'] });
		// A saved mapping is for a layout: it never carries one file's choices.
		session.saveMapping('Plain lists');
		expect(session.saved.find((m) => m.name === 'Plain lists')?.mapping.suggestions).toBeUndefined();

		const again = new ImportSession(inProcessImporter);
		await again.open(fixture('plain-list.csv'));
		expect(again.choices.accepted).toEqual({ 'p-001': ['15.5'] });
		expect(again.checked?.counts).toMatchObject({ contributions: 1, suggested: 1 });
		// A project whose only links are accepted suggestions stays open to review.
		await again.suggest();
		expect(again.suggestions!.some((s) => s.key === 'p-001' && s.code === '15.5')).toBe(true);
		// Another file of the same layout never inherits them.
		const other = new ImportSession(inProcessImporter);
		await other.open(
			new File([readFileSync('tests/fixtures/import/plain-list.csv', 'utf8').replace('Garden Bird Count', 'Garden Bird Census')], 'plain-list.csv')
		);
		expect(other.choices.accepted).toEqual({});
		expect(other.checked?.counts.contributions).toBe(0);
	});

	it('keeps the choices of the last 20 files, each on its own', () => {
		const choices = (n: number) => ({ accepted: { [`p-${n}`]: ['15.5'] }, rejected: {} });
		for (let n = 1; n <= 21; n++) saveChoices(fileKey(`sha${n}`, ''), choices(n));
		expect(savedChoices(fileKey('sha1', ''))).toBeUndefined();
		expect(savedChoices(fileKey('sha2', ''))).toEqual(choices(2));
		expect(savedChoices(fileKey('sha21', ''))).toEqual(choices(21));
		// Saving one file again keeps it, and rewrites no other file's entry.
		saveChoices(fileKey('sha2', ''), choices(22));
		saveChoices(fileKey('sha23', ''), choices(23));
		expect(savedChoices(fileKey('sha2', ''))).toEqual(choices(22));
		expect(savedChoices(fileKey('sha3', ''))).toBeUndefined();
		expect(Object.keys(localStorage).filter((k) => k.startsWith('citsci-sdg:suggestion-choices:'))).toHaveLength(20);
	});
});
