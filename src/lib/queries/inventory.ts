/** One dataset's inventory as records, with its countries and SDG links, for export to other platforms. */
import type { SqlClient } from '../data/client';
import type { ProjectDetail } from '../domain/projects';
import type { InventoryRecord } from '../domain/projects';

export async function inventoryRecords(db: SqlClient, dataset: string): Promise<InventoryRecord[]> {
	return db.query<InventoryRecord>(
		`SELECT p.project_id, p.dataset, p.name, p.url, p.organisation, p.description, p.start_year, p.end_year, p.status, p.geographic_scale, p.topics,
		        coalesce((SELECT list(c.name ORDER BY c.name) FROM project_countries pc JOIN countries c ON c.iso3 = pc.country WHERE pc.project_id = p.project_id), []) AS countries,
		        coalesce((SELECT list({'code': x.sdg_code, 'strength': x.strength, 'evidence_type': x.evidence_type} ORDER BY sdg_key(x.sdg_code)) FROM contributions x WHERE x.project_id = p.project_id), []) AS links
		 FROM projects p WHERE p.dataset = ? ORDER BY p.project_id`,
		[dataset]
	);
}
