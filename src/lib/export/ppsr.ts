/**
 * An inventory as PPSR-Core JSON (the Citizen Science Association's project metadata standard,
 * version 2020.0), so it can travel to other platforms. PPSR-Core has no fields for SDGs or
 * countries and allows no extra properties, so they go where the standard leaves free text:
 * SDG links in `keyword` ("SDG 15.1.1 (direct), SDG 6 (indirect), SDG 15.5 (potential: suggested)" for an
 * accepted suggestion), countries in
 * `projectLocality` (UN names, separated by semicolons because names hold commas). The importer
 * reads both back. Where the standard requires a value the inventory lacks, the export writes
 * "Unknown" as the European Commission's own PPSR-Core encoding does; the required science type
 * (one of 110) is not recorded here, so every project gets the broad type that encoding uses.
 */
import type { InventoryRecord } from '../domain/projects';

const statusOf = (r: InventoryRecord) =>
	r.status === 'completed'
		? 'Completed'
		: r.status === 'active'
			? 'Active'
			: r.end_year !== null && r.end_year < new Date().getFullYear()
				? 'Completed'
				: 'Active';

export function toPpsrCore(records: InventoryRecord[], exportedAt: Date = new Date()): { Project: Record<string, unknown>[] } {
	const now = exportedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
	return {
		Project: records.map((r) => {
			const end = r.end_year === null ? 'Unknown' : `${r.end_year}-12-31T23:59:59Z`;
			const duration = r.end_year !== null && r.start_year !== null ? `P${r.end_year - r.start_year}Y0M0DT0H0M0S` : 'Unknown';
			return {
				// Imported projects carry their dataset as a prefix here ("jrc_12"); the source's own id is what travels.
				projectId: r.project_id.startsWith(`${r.dataset}_`) ? r.project_id.slice(r.dataset.length + 1) : r.project_id,
				projectName: r.name,
				projectDescription: r.description,
				projectAim: r.topics?.split(';').join('; ') || r.description,
				projectStatus: statusOf(r),
				projectStartDate: r.start_year === null ? 'Unknown' : `${r.start_year}-01-01T00:00:00Z`,
				projectEndDate: end,
				projectDuration: end === 'Unknown' ? 'Unknown' : duration,
				projectDateCreated: now,
				projectLastUpdatedDate: now,
				...(r.url ? { projectUrl: r.url } : {}),
				projectResponsiblePartyName: r.organisation ?? '',
				projectResponsiblePartyContactEmail: '',
				contactPoint: { contactName: r.organisation ?? '', meansOfContact: 'Website', contactDetails: r.url ?? '', contactPointType: '' },
				projectGeographicLocation: {},
				projectLocality: r.geographic_scale === 'global' ? 'World' : r.countries.join('; '),
				// Required, with all three parts; the inventory holds no media, so the parts are empty.
				projectMedia: { projectMediaType: 'Image URL', projectMediaFile: '', projectMediaCredit: '' },
				language: 'UTF-8',
				projectScienceType: 'Environmental Sciences - Environmental Science And Management',
				keyword: r.links.map((l) => `SDG ${l.code} (${l.strength}${l.evidence_type === 'suggested' ? ': suggested' : ''})`).join(', ')
			};
		})
	};
}
