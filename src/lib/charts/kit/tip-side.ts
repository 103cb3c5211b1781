/**
 * Where a chart's tooltip (ChartTip) goes beside a mark, on the side with more room: starting at
 * `after` (pixels from the drawing's left) when the mark `at` is in the drawing's left half, else
 * ending at `before`. `room` is what is left to the drawing's edge on that side, so a long text
 * wraps there instead of running off a phone's screen.
 */
export function tipSide(at: number, width: number, after: number, before: number) {
	return at < width / 2 ? { left: `${after}px`, right: null, room: width - after } : { left: null, right: `${width - before}px`, room: before };
}
