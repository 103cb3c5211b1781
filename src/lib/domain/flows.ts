/** Links from project topics to goals to indicators, as weighted edges. */

export interface FlowRow {
	/** Node names prefixed by kind ("topic:birds", "goal:15", "indicator:15.5.1") so ids never collide. */
	source: string;
	target: string;
	/** Distinct projects along the link. */
	projects: number;
}
