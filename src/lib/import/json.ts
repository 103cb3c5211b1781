/**
 * JSON inventories: an array of records, or an object holding one (PPSR-Core wraps its projects as
 * `{"Project": [...]}`). Nested objects become dotted columns (`contactPoint.contactName`) and
 * lists of values one cell separated by "; ", so every format meets the same column mapping.
 */
import { fatal } from './issues';
import { checkLabels, type RawTable } from './raw-table';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isRecord = (v: Json): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** PPSR-Core's required project attributes; two of them are enough to recognise the standard. */
const ppsrKeys = ['projectId', 'projectName', 'projectDescription', 'projectAim', 'projectStatus', 'projectStartDate'];

function locate(text: string, error: Error): { line?: number; note: string } {
	const position = /position (\d+)/.exec(error.message);
	const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
	if (lineColumn) return { line: Number(lineColumn[1]), note: error.message };
	if (!position) return { note: error.message };
	const at = Number(position[1]);
	const line = text.slice(0, at).split('\n').length;
	return { line, note: `${error.message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}, column ${at - text.lastIndexOf('\n', at - 1)})` };
}

function flatten(value: Json, prefix: string, out: Map<string, string[]>) {
	if (Array.isArray(value)) {
		for (const item of value) flatten(item, prefix, out);
	} else if (isRecord(value)) {
		for (const [key, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${key}` : key, out);
	} else if (value !== null && String(value).trim() !== '') {
		const cell = out.get(prefix) ?? [];
		cell.push(String(value));
		out.set(prefix, cell);
	} else if (!out.has(prefix)) {
		out.set(prefix, []);
	}
}

/** The records: the document itself if it is an array, else its first property holding an array of objects. */
function findRecords(doc: Json): { records: Json[]; path: string } | null {
	if (Array.isArray(doc)) return { records: doc, path: '$' };
	if (!isRecord(doc)) return null;
	for (const [key, value] of Object.entries(doc)) {
		if (Array.isArray(value) && value.some(isRecord)) return { records: value, path: `$.${key}` };
	}
	return null;
}

export function readJson(fileName: string, text: string): RawTable {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.trim() === '') throw fatal(fileName, 'empty-file', 'The file is empty.', { text: { key: 'import.issue.empty' } });
	let doc: Json;
	try {
		doc = JSON.parse(text) as Json;
	} catch (e) {
		const where = locate(text, e as Error);
		throw fatal(fileName, 'source-error', `The file is not valid JSON: ${where.note}`, {
			line: where.line,
			text: { key: 'import.issue.invalidJson', values: { error: where.note } }
		});
	}
	const found = findRecords(doc);
	if (!found)
		throw fatal(fileName, 'format-error', 'Expected an array of records (objects), or an object holding one, such as PPSR-Core\'s {"Project": [...]}.', {
			text: { key: 'import.issue.noRecordArray' }
		});
	const { records, path } = found;
	if (records.length === 0) throw fatal(fileName, 'no-rows', `${path} holds no records.`, { text: { key: 'import.issue.noRecords', values: { path } } });
	// An array of arrays is a table with its header first.
	if (records.every(Array.isArray)) {
		const [head, ...body] = records as Json[][];
		const { header, issues } = checkLabels(fileName, head.map(String));
		if (body.length === 0) throw fatal(fileName, 'no-rows', 'The table has a header but no data rows.', { row: 2, text: { key: 'import.issue.tableNoRows' } });
		return {
			fileName,
			format: 'json',
			details: [{ note: `table at ${path}`, text: { key: 'import.detail.jsonTable', values: { path } } }],
			header,
			rows: body.map((r) => header.map((_, c) => (r[c] === null || r[c] === undefined ? '' : String(r[c])))),
			rowNumbers: body.map((_, i) => i + 2),
			issues
		};
	}
	const bad = records.findIndex((r) => !isRecord(r));
	if (bad >= 0)
		throw fatal(fileName, 'format-error', `Record ${bad + 1} at ${path} is not an object.`, {
			row: bad + 1,
			text: { key: 'import.issue.notObject', values: { record: String(bad + 1), path } }
		});
	const flat = records.map((r) => {
		const cells = new Map<string, string[]>();
		flatten(r, '', cells);
		return cells;
	});
	const labels: string[] = [];
	const seen = new Set<string>();
	for (const cells of flat) for (const key of cells.keys()) if (!seen.has(key)) (seen.add(key), labels.push(key));
	const first = records[0] as Record<string, Json>;
	const ppsr = ppsrKeys.filter((k) => k in first).length >= 2;
	return {
		fileName,
		format: ppsr ? 'ppsr-core' : 'json',
		details: [
			ppsr
				? { note: `PPSR-Core projects at ${path}`, text: { key: 'import.detail.ppsrProjects', values: { path } } }
				: { note: `records at ${path}`, text: { key: 'import.detail.records', values: { path } } },
			{ note: 'row = record number', text: { key: 'import.detail.rowIsRecord' } }
		],
		header: labels,
		rows: flat.map((cells) => labels.map((l) => (cells.get(l) ?? []).join('; '))),
		rowNumbers: flat.map((_, i) => i + 1),
		issues: []
	};
}
