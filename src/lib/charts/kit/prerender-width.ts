/**
 * The width a full-width chart is drawn at before the page has measured its container: what such a
 * panel measures on every screen 1200 pixels wide or more (the site's 72rem column, less the
 * panel's padding). A desktop visitor's first paint is then the final drawing: nothing moves once
 * the page has hydrated, and the chart is not laid out and drawn a second time. A narrower screen
 * scales the drawing down until the page measures it (chart.css), as it did at any other width.
 * tests/e2e/charts.test.ts holds this to the page's CSS.
 */
export const prerenderWidth = 1110;
