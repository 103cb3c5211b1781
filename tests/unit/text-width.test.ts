/** Text width estimates for laying out chart labels without a browser (checked against Chromium in tests/e2e/chart-kit.test.ts). */
import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from '../../src/lib/format/text-width';

describe('textWidth', () => {
	it('grows with the text, the type size and boldness, and tells narrow letters from wide ones', () => {
		expect(textWidth('', 12)).toBe(0);
		expect(textWidth('iiii', 12)).toBeLessThan(textWidth('mmmm', 12));
		expect(textWidth('Direct', 24)).toBeCloseTo(2 * textWidth('Direct', 12));
		expect(textWidth('Direct', 12, true)).toBeGreaterThan(textWidth('Direct', 12));
		// A full-width script takes about an em a character.
		expect(textWidth('観察', 10)).toBeGreaterThanOrEqual(20);
	});
});

describe('fitText', () => {
	it('keeps text that fits and cuts longer text to fit, with an ellipsis', () => {
		expect(fitText('birds', 120, 11)).toBe('birds');
		const cut = fitText('Biodiversity, nature and landscapes', 120, 11);
		expect(cut.endsWith('…')).toBe(true);
		expect('Biodiversity, nature and landscapes'.startsWith(cut.slice(0, -1))).toBe(true);
		expect(textWidth(cut, 11)).toBeLessThanOrEqual(120);
		// One letter more would not have fitted (a word without spaces, which the cut would trim).
		const word = 'Biodiversitynatureandlandscapes';
		const kept = fitText(word, 120, 11).slice(0, -1);
		expect(textWidth(word.slice(0, kept.length + 1) + '…', 11)).toBeGreaterThan(120);
	});
});

describe('wrapText', () => {
	it('breaks at spaces into lines that fit, keeping every word in order', () => {
		const text = 'Each project counts once per goal, at its strongest link.';
		const lines = wrapText(text, 150, 12);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(150);
		expect(lines.join(' ')).toBe(text);
		expect(wrapText(text, 2000, 12)).toEqual([text]);
	});

	it('breaks a word longer than a line where it must', () => {
		const url = 'https://sdg.example.org/?goal=15&country=KEN&strength=direct&topic=birds';
		const lines = wrapText(`Link: ${url}`, 200, 11);
		expect(lines[0]).toBe('Link:');
		expect(lines.slice(1).join('')).toBe(url);
		for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(200);
	});
});
