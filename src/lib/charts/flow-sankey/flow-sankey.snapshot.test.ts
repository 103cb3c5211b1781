// @vitest-environment jsdom
/** The flow diagram's drawing against committed snapshots (tests/svg-snapshot.ts), on a desktop and on a phone. */
import { render } from '@testing-library/svelte';
import { afterEach, describe, it } from 'vitest';
import { setLayoutWidth } from '../../../../tests/layout-width';
import { expectSvgSnapshot } from '../../../../tests/svg-snapshot';
import type { FlowRow } from '../../domain/flows';
import FlowSankey from './FlowSankey.svelte';

// Topics as the curated inventory names them, plus one long imported name that has to be cut.
const rows: FlowRow[] = [
	{ source: 'topic:agriculture-food', target: 'goal:2', projects: 3 },
	{ source: 'topic:biodiversity', target: 'goal:15', projects: 12 },
	{ source: 'topic:biodiversity', target: 'goal:14', projects: 2 },
	{ source: 'topic:birds', target: 'goal:15', projects: 5 },
	{ source: 'topic:marine-coastal', target: 'goal:14', projects: 6 },
	{ source: 'topic:water-sanitation', target: 'goal:6', projects: 4 },
	{ source: 'topic:Biodiversity, nature and landscapes of the uplands', target: 'goal:15', projects: 2 },
	{ source: 'goal:2', target: 'indicator:2.4.1', projects: 1 },
	{ source: 'goal:6', target: 'indicator:6.3.2', projects: 3 },
	{ source: 'goal:14', target: 'indicator:14.1.1', projects: 5 },
	{ source: 'goal:15', target: 'indicator:15.1.1', projects: 2 },
	{ source: 'goal:15', target: 'indicator:15.5.1', projects: 8 }
];

describe('flow sankey snapshot', () => {
	let restore = () => {};
	afterEach(() => restore());

	it('at 900 pixels: topic labels left of their nodes', () => {
		restore = setLayoutWidth(900);
		const { container } = render(FlowSankey, { rows });
		expectSvgSnapshot(container.querySelector('svg[role="img"]'), 'flow-sankey');
	});

	it('at 340 pixels (a phone): topic labels inside, headings uncut', () => {
		restore = setLayoutWidth(340);
		const { container } = render(FlowSankey, { rows });
		expectSvgSnapshot(container.querySelector('svg[role="img"]'), 'flow-sankey-340');
	});
});
