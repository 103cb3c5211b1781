/** One dataset's inventory as records, with its countries and SDG links, for export to other platforms. */
import type { SqlClient } from '../data/client';
import type { ProjectDetail } from './projects';

/** A project as the detail page knows it, with its topics as stored, its country names and its links. */
export type InventoryRecord = Pick<
	ProjectDetail,
	'project_id' | 'dataset' | 'name' | 'url' | 'organisation' | 'description' | 'start_year' | 'end_year' | 'status' | 'geographic_scale'
> & {
	/** Semicolon-separated, as stored. */
	topics: string | null;
	/** Country names (UN M49), alphabetical. */
	countries: string[];
	/** SDG codes in official order, each with its strength. */
	links: { code: string; strength: string }[];
};

export async function inventoryRecords(db: SqlClient, dataset: string): Promise<InventoryRecord[]> {
	return db.query<InventoryRecord>(
		`SELECT p.project_id, p.dataset, p.name, p.url, p.organisation, p.description, p.start_year, p.end_year, p.status, p.geographic_scale, p.topics,
		        coalesce((SELECT list(c.name ORDER BY c.name) FROM project_countries pc JOIN countries c ON c.iso3 = pc.country WHERE pc.project_id = p.project_id), []) AS countries,
		        coalesce((SELECT list({'code': x.sdg_code, 'strength': x.strength} ORDER BY sdg_key(x.sdg_code)) FROM contributions x WHERE x.project_id = p.project_id), []) AS links
		 FROM projects p WHERE p.dataset = ? ORDER BY p.project_id`,
		[dataset]
	);
}
