/** Pure shaping for the topics → goals → indicators flow diagram. */
import type { FlowRow } from '../../domain/flows';
import { sdgKey } from '../../domain/indicators';
import { formatCount } from '../../format/number';
import { t } from '../../i18n/i18n';
import { semicolonSeries, sentences } from '../kit/words';

export interface FlowNode {
	id: string;
	kind: 'topic' | 'goal' | 'indicator';
	label: string;
	goal: number | null;
}

export interface FlowLink {
	source: string;
	target: string;
	value: number;
}

export function flowGraph(
	rows: readonly FlowRow[],
	goalName: (goal: number) => string,
	topicName: (topic: string) => string
): { nodes: FlowNode[]; links: FlowLink[] } {
	const nodes = new Map<string, FlowNode>();
	const node = (id: string): FlowNode => {
		// Split at the first colon only: a topic name may hold colons of its own.
		const at = id.indexOf(':');
		const kind = id.slice(0, at) as FlowNode['kind'];
		const value = id.slice(at + 1);
		const goal = kind === 'goal' ? Number(value) : kind === 'indicator' ? Number(value.split('.')[0]) : null;
		const label = kind === 'topic' ? topicName(value) : kind === 'goal' ? goalName(Number(value)) : value;
		return { id, kind, label, goal };
	};
	for (const r of rows) {
		if (!nodes.has(r.source)) nodes.set(r.source, node(r.source));
		if (!nodes.has(r.target)) nodes.set(r.target, node(r.target));
	}
	const order = { topic: 0, goal: 1, indicator: 2 };
	// Columns in reading order: topics A–Z, goals 1–17, indicators in official order.
	const key = (n: FlowNode) => (n.kind === 'topic' ? n.label : sdgKey(n.id.slice(n.id.indexOf(':') + 1)));
	return {
		nodes: [...nodes.values()].sort((a, b) => order[a.kind] - order[b.kind] || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
		links: rows.map((r) => ({ source: r.source, target: r.target, value: r.projects }))
	};
}

export function describeFlows(nodes: readonly FlowNode[], links: readonly FlowLink[]): string {
	const n = (k: FlowNode['kind']) => nodes.filter((x) => x.kind === k).length;
	if (links.length === 0) return t('sankey.describeNone');
	const label = new Map(nodes.map((x) => [x.id, x.label]));
	const top = [...links]
		.filter((l) => l.source.startsWith('topic:'))
		.sort((a, b) => b.value - a.value)
		.slice(0, 3)
		.map((l) => t('sankey.describeItem', { topic: label.get(l.source) ?? l.source, goal: label.get(l.target) ?? l.target, count: formatCount(l.value) }));
	const [topics, goals, indicators] = [n('topic'), n('goal'), n('indicator')];
	return sentences(
		t('sankey.describe', {
			topics: formatCount(topics),
			topicsN: topics,
			goals: formatCount(goals),
			goalsN: goals,
			indicators: formatCount(indicators),
			indicatorsN: indicators
		}),
		t('sankey.describeLargest', { flows: semicolonSeries(top) })
	);
}
