/** Queries about projects. */
import type { SqlClient } from '../data/client';

export interface ProjectRow {
	project_id: string;
	name: string;
	url: string | null;
	organisation: string | null;
	start_year: number | null;
	end_year: number | null;
	status: string;
	geographic_scale: string;
	goals: number[];
}

export async function projectCount(db: SqlClient): Promise<number> {
	const [row] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM projects`);
	return row.n;
}

export interface ProjectListOptions {
	/** Case-insensitive text found in the name, organisation or description. */
	search?: string;
	limit?: number;
	offset?: number;
}

/** Projects ordered by name, with the goals each contributes to. */
export function listProjects(db: SqlClient, { search = '', limit = 50, offset = 0 }: ProjectListOptions = {}): Promise<ProjectRow[]> {
	return db.query<ProjectRow>(
		`SELECT p.project_id, p.name, p.url, p.organisation, p.start_year, p.end_year, p.status, p.geographic_scale,
		        coalesce(list_sort(list_distinct(list(c.goal) FILTER (WHERE c.goal IS NOT NULL))), []) AS goals
		 FROM projects p
		 LEFT JOIN contribution_links c ON c.project_id = p.project_id
		 WHERE ? = '' OR contains(lower(concat_ws(' ', p.name, p.organisation, p.description)), lower(?))
		 GROUP BY p.project_id, p.name, p.url, p.organisation, p.start_year, p.end_year, p.status, p.geographic_scale
		 ORDER BY lower(p.name), p.project_id
		 LIMIT ? OFFSET ?`,
		[search, search, limit, offset]
	);
}
