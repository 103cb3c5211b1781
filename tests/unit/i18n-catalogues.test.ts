/**
 * The message catalogues (src/lib/i18n/messages/): every message is valid ICU MessageFormat in its
 * language, takes the same arguments as the English one, and names a key the English catalogue
 * has; a published language lacks none; the code uses every English key and no other; numbers and
 * plurals follow each language's own rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterAll, describe, expect, it } from 'vitest';
import { localeCodes, locales, type LocaleCode } from '../../src/lib/i18n/locales';
import { loadEveryMessage, setLocale, t } from '../../src/lib/i18n/i18n';
import { formatCount } from '../../src/lib/format/number';

const dir = 'src/lib/i18n/messages';
const catalogue = (code: string): Record<string, string> => JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8'));
const english = catalogue('en');

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }>; children?: Node[] };
/** The names a message takes: its arguments and its rich-text tags. */
function argumentsOf(message: string, tag: string): string[] {
	const names = new Set<string>();
	const walk = (nodes: Node[]) => {
		for (const n of nodes) {
			if (n.type !== 0 && n.type !== 7 && n.value) names.add(n.value);
			for (const o of Object.values(n.options ?? {})) walk(o.value);
			if (n.children) walk(n.children);
		}
	};
	walk(new IntlMessageFormat(message, tag).getAst() as Node[]);
	return [...names].sort();
}

/** Names used both as a rich-text tag and as an argument: ICU gives them one namespace, so the tag would replace the value. */
function clashes(message: string): string[] {
	const tags = new Set<string>();
	const args = new Set<string>();
	const walk = (nodes: Node[]) => {
		for (const n of nodes) {
			if (n.type === 8 && n.value) tags.add(n.value);
			else if (n.type !== 0 && n.type !== 7 && n.value) args.add(n.value);
			for (const o of Object.values(n.options ?? {})) walk(o.value);
			if (n.children) walk(n.children);
		}
	};
	walk(new IntlMessageFormat(message, 'en').getAst() as Node[]);
	return [...tags].filter((t) => args.has(t));
}

describe('message catalogues', () => {
	it('never names a tag like an argument', () => {
		const clashing = Object.entries(english).filter(([, m]) => clashes(m).length > 0);
		expect(clashing.map(([k]) => k)).toEqual([]);
		expect(clashes('Data version <version>{version}</version>.')).toEqual(['version']);
	});

	it('has one catalogue per language, and no other file', () => {
		expect(readdirSync(dir).sort()).toEqual(localeCodes.map((c) => `${c}.json`).sort());
	});

	for (const code of localeCodes) {
		const l = locales[code];
		it(`${l.english}: every message is valid ICU, takes the English message's arguments, and has an English key`, () => {
			const messages = catalogue(code);
			for (const [key, message] of Object.entries(messages)) {
				expect(typeof message, key).toBe('string');
				expect(english[key], `${code}: "${key}" is not an English key`).toBeDefined();
				expect(message.trim(), `${code}: "${key}" is empty`).not.toBe('');
				expect(argumentsOf(message, l.formatTag), `${code}: "${key}"`).toEqual(argumentsOf(english[key], 'en'));
			}
		});
		if (l.published)
			it(`${l.english} is published, so it has every message`, () => {
				const missing = Object.keys(english).filter((k) => !(k in catalogue(code)));
				expect(missing).toEqual([]);
			});
	}
});

/** Every file of src/, read once: the code that may name a message. */
function sources(root: string): string[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(svelte|ts)$/.test(f) && !f.startsWith('lib/i18n/messages'))
		.map((f) => readFileSync(join(root, f), 'utf8'));
}

/** The glossary's table: concept → language → term. */
function glossary(): Map<string, Record<string, string>> {
	const rows = readFileSync('src/lib/i18n/GLOSSARY.md', 'utf8')
		.split('\n')
		.filter((l) => l.startsWith('|') && !l.startsWith('| ---'))
		.map((l) =>
			l
				.split('|')
				.slice(1, -1)
				.map((c) => c.trim())
		);
	const [head, ...body] = rows;
	return new Map(body.map((r) => [r[0], Object.fromEntries(head.slice(1).map((lang, i) => [lang, r[i + 1]]))]));
}

describe('the glossary', () => {
	const terms = glossary();
	// Where each concept must appear: the messages that name it (the strengths are their whole label).
	const uses: Record<string, string[]> = {
		'citizen science': ['site.name'],
		goal: ['filters.label.goal'],
		target: ['filters.label.target'],
		indicator: ['filters.label.indicator'],
		inventory: ['filters.none'],
		link: ['filters.label.strength']
	};
	const whole: Record<string, string> = { direct: 'strength.direct', indirect: 'strength.indirect', potential: 'strength.potential' };

	it('covers every concept it is checked for, in all six languages', () => {
		expect([...terms.keys()].sort()).toEqual([...Object.keys(uses), ...Object.keys(whole)].sort());
		for (const [concept, byLang] of terms) expect(Object.keys(byLang).sort(), concept).toEqual([...localeCodes].sort());
	});

	for (const code of localeCodes)
		it(`is what the ${locales[code].english} messages say`, () => {
			const messages = catalogue(code);
			for (const [concept, keys] of Object.entries(uses))
				for (const key of keys) if (key in messages) expect(messages[key].toLowerCase(), `${code} ${key}`).toContain(terms.get(concept)![code].toLowerCase());
			for (const [concept, key] of Object.entries(whole)) if (key in messages) expect(messages[key], `${code} ${key}`).toBe(terms.get(concept)![code]);
		});
});

describe('the code and the English catalogue', () => {
	const code = sources('src').join('\n');
	it('uses every English key (written out whole, so that this check can find it)', () => {
		const unused = Object.keys(english).filter((k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`));
		expect(unused).toEqual([]);
	});

	it('names no message the English catalogue lacks', () => {
		const named = [...code.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]);
		expect(named.length).toBeGreaterThan(10);
		expect(named.filter((k) => !(k in english))).toEqual([]);
	});
});

describe('numbers and plurals in each language', () => {
	afterAll(() => setLocale('en'));
	const cases: [LocaleCode, string, string][] = [
		['en', '1,234,567', '1,234 results; the first is selected, Enter opens it.'],
		['fr', '1\u202f234\u202f567', '1\u202f234 résultats\u202f; le premier est sélectionné, Entrée l’ouvre.'],
		['es', '1.234.567', '1234 resultados; el primero está seleccionado, Intro lo abre.'],
		['ru', '1\u00a0234\u00a0567', '1\u00a0234 результата; выбран первый, Enter открывает его.'],
		['ar', '1,234,567', '1,234 نتيجة؛ الأولى محددة، ويفتحها مفتاح Enter.'],
		['zh', '1,234,567', '1,234 个结果；已选中第一个，按 Enter 打开。']
	];
	for (const [code, count, found] of cases)
		it(`formats counts and plurals in ${locales[code].english}`, async () => {
			await loadEveryMessage(code);
			setLocale(code);
			expect(formatCount(1234567)).toBe(count);
			expect(t('search.found', { count: 1234 }).replace("'", '’')).toBe(found);
		});

	it('chooses the plural form by each language’s rules (Russian: 1 результат, 3 результата, 5 результатов)', async () => {
		await loadEveryMessage('ru');
		setLocale('ru');
		expect([1, 3, 5, 21].map((n) => t('search.found', { count: n }).split(';')[0])).toEqual(['1 результат', '3 результата', '5 результатов', '21 результат']);
	});
});
