/**
 * Words as the suggester compares them: accents folded, lower case, split on anything that is not
 * a letter or digit, common words and the SDG texts' boilerplate dropped, and each word reduced to
 * its Porter stem, so "birds", "bird" and "birding" meet. The project text and the official texts
 * go through the same function, so a match is always a shared stem; the first word of the project
 * that gave a stem is kept to show the importer what matched, in their own words.
 */
import { stemmer } from 'stemmer';

/** English function words, and words every SDG target uses that say nothing about its subject. */
const stopWords = new Set(
	`a about above across after again against all also among an and any are as at be because been before being below between both but by can
	could did do does doing down during each either etc few for from further had has have having he her here hers him his how i if in into is it
	its itself just more most no nor not of off on once only or other our ours out over own per same she should so some such than that the their
	them then there these they this those through to too under until up upon very via was we were what when where which while who whom why will
	with within without would you your
	2015 2020 2025 2030 achieve action all appropriate basis by country countries data develop developed developing development effective
	enhance ensure especially global improve improvement include including increase increased indicator international level levels local
	management measure national number particular people percentage programme programmes promote proportion provide rate reduce reduction
	relevant significantly strengthen substantially support sustainable sustainably target total type use used using world year years project
	projects citizen citizens science scientific volunteer volunteers participant participants public community communities help aim aims
	data collect collected collection record records recording monitor monitoring survey surveys study research new platform app network`
		.split(/\s+/)
		.filter(Boolean)
);

export interface Word {
	stem: string;
	/** The word as written (lower case), for evidence. */
	text: string;
}

/** The words of a text that carry meaning, in order. */
export function words(text: string): Word[] {
	const out: Word[] = [];
	const folded = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
	for (const raw of folded.split(/[^a-z0-9]+/)) {
		if (raw.length < 2 || stopWords.has(raw) || /^\d+$/.test(raw)) continue;
		const stem = stemmer(raw);
		if (stopWords.has(stem)) continue;
		out.push({ stem, text: raw });
	}
	return out;
}

/** Stems only: what the search index stores. */
export const stems = (text: string): string[] => words(text).map((w) => w.stem);
