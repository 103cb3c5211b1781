/**
 * The figures the methodology page states about the curated inventory's evidence: links by
 * strength and evidence type, and the changelog of regrades. Counted from the data, never typed.
 */
import type { SqlClient } from '../data/client';
import type { EvidenceType } from '../domain/evidence';
import { curatedStrengths, type Strength } from '../domain/strength';

export interface EvidenceCell {
	strength: Strength;
	evidence_type: EvidenceType | null;
	/** Links whose document does not name the project (a general document). */
	general: number;
	links: number;
}

export interface RegradeRow {
	date: string;
	project_id: string;
	name: string | null;
	sdg_code: string;
	level: string;
	strength: string;
	new_sdg_code: string | null;
	new_level: string | null;
	new_strength: string;
	reason: string;
}

export interface Methodology {
	projects: number;
	links: number;
	byLevel: { level: string; links: number }[];
	cells: EvidenceCell[];
	regrades: RegradeRow[];
	/** The JRC inventory's goal scores as loaded (both published datasets shown): links by score. */
	jrc: { scored2: number; scored1: number; projects: number };
}

/** The curated inventory's evidence (imports carry none), and the JRC inventory's scores beside it. */
export async function methodologyFigures(db: SqlClient): Promise<Methodology> {
	// The build's database shows both published datasets, and a project in both carries its JRC
	// scores too: the curated links are the curated projects' links on the curated scale.
	const curated = `JOIN projects p ON p.project_id = c.project_id AND p.dataset = 'embedded' AND c.strength IN (${curatedStrengths.map((s) => `'${s}'`).join(', ')})`;
	const [{ projects }] = await db.query<{ projects: number }>(`SELECT count(*)::INTEGER AS projects FROM projects WHERE dataset = 'embedded'`);
	const byLevel = await db.query<{ level: string; links: number }>(
		`SELECT c.level, count(*)::INTEGER AS links FROM contributions c ${curated} GROUP BY c.level
		 ORDER BY CASE c.level WHEN 'goal' THEN 1 WHEN 'target' THEN 2 ELSE 3 END`
	);
	const cells = await db.query<EvidenceCell>(
		`SELECT c.strength, c.evidence_type, count(*) FILTER (WHERE c.names_project = 'no')::INTEGER AS general, count(*)::INTEGER AS links
		 FROM contributions c ${curated} GROUP BY ALL ORDER BY ALL`
	);
	const regrades = await db.query<RegradeRow>(
		`SELECT r.*, p.name FROM link_regrades r LEFT JOIN projects p ON p.project_id = r.project_id
		 ORDER BY r.date, lower(coalesce(p.name, r.project_id)), sdg_key(r.sdg_code)`
	);
	const [jrc] = await db.query<Methodology['jrc']>(
		`SELECT count(*) FILTER (WHERE strength = 'scored-2')::INTEGER AS scored2, count(*) FILTER (WHERE strength = 'scored-1')::INTEGER AS scored1,
		        count(DISTINCT project_id)::INTEGER AS projects
		 FROM contributions WHERE strength IN ('scored-2', 'scored-1')`
	);
	return { projects, links: byLevel.reduce((n, r) => n + r.links, 0), byLevel, cells, regrades, jrc };
}
