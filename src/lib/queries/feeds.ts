/** What projects feed: goals, targets and unique indicators, each at its strongest link (country and topic pages). */
import type { SqlClient } from '../data/client';
import type { Filters } from '../domain/filters';
import type { FeedRow } from '../domain/countries';
import { scope } from './scope';
import { strengthOfRank } from './strength-sql';

/**
 * The goals, targets and unique indicators that the projects in scope feed, each at its strongest
 * link, with how many projects. With a region, only the projects working in it count, and each
 * row lists the region's countries where they work. With a network, only its projects count. A link at indicator level also feeds its
 * target; every link feeds its goal.
 * An indicator's row names its own goal: a link to a repeated indicator (1.5.1, also listed as
 * 11.5.1 and 13.1.1) is one link per listing, each under its own goal, and any of them could
 * otherwise give the row's goal.
 */
export function feeds(db: SqlClient, f: Filters, region: string | null, network: string | null = null): Promise<FeedRow[]> {
	const s = scope(f);
	return db.query<FeedRow>(
		`${s.sql},
		working AS (
			SELECT sp.project_id, coalesce(list(DISTINCT c.iso3 ORDER BY c.iso3) FILTER (WHERE c.iso3 IS NOT NULL), []) AS countries
			FROM sp
			LEFT JOIN project_countries pc ON pc.project_id = sp.project_id
			LEFT JOIN countries c ON c.iso3 = pc.country AND ?::VARCHAR IN (c.region, c.sub_region, c.intermediate_region)
			WHERE (?::VARCHAR IS NULL OR c.iso3 IS NOT NULL)
			  AND (?::VARCHAR IS NULL OR sp.project_id IN (SELECT project_id FROM project_networks WHERE network_id = ?))
			GROUP BY sp.project_id
		),
		grouped AS (
			SELECT CASE WHEN grouping(l.indicator) = 0 THEN 'indicator' WHEN grouping(l.target) = 0 THEN 'target' ELSE 'goal' END AS level,
			       coalesce(l.indicator, l.target, l.goal::VARCHAR) AS code, any_value(l.goal) AS goal,
			       min(l.strength_rank) AS rank, count(DISTINCT l.project_id)::INTEGER AS projects,
			       list_sort(list_distinct(flatten(list(w.countries)))) AS countries
			FROM fl l JOIN working w ON w.project_id = l.project_id
			GROUP BY GROUPING SETS ((l.indicator), (l.target), (l.goal))
			HAVING coalesce(l.indicator, l.target, l.goal::VARCHAR) IS NOT NULL
		)
		SELECT r.level, r.code, coalesce(i.goal, r.goal) AS goal, coalesce(i.title, t.title, g.short_title) AS title, ${strengthOfRank('r.rank')} AS strength, r.projects, r.countries
		FROM grouped r
		LEFT JOIN sdg_indicators i ON r.level = 'indicator' AND i.indicator = r.code
		LEFT JOIN sdg_targets t ON r.level = 'target' AND t.target = r.code
		LEFT JOIN sdg_goals g ON g.goal = r.goal
		ORDER BY sdg_key(r.code), r.level`,
		[...s.params, region, region, network, network]
	);
}
