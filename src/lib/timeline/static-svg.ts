// A step's timeline as a standalone SVG file (prerendered at /cronologia/paso-N.svg) for the print
// handout: the same scale, ticks and label layout as Timeline.svelte, drawn as a string.
import type { Period, StoryEvent } from '$lib/data/types';
import { formatDayTick, formatShortDate, t } from '$lib/i18n';
import { statusFill } from '$lib/events/status';
import { datePosition, layoutLabels, ticksFor, timeScale } from './layout';

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
.axis,.tick{stroke:#4b5561}.tick-label{font-size:11px;fill:#4b5561}.tick-label.major{font-weight:700;fill:#1b1f24}
.label{font-size:12px;font-weight:700;fill:#1b1f24}.leader{stroke:#4b5561;stroke-width:.75;stroke-dasharray:2 2}
.mark{fill:#fff;stroke:#6e7781;stroke-width:1.5}.mark.active{stroke:#b5302a;stroke-width:2}
.mark.filled,.half{fill:#6e7781}.mark.active.filled,.half.active{fill:#b5302a}`;

/** One mark, its level of confirmation in its shape as on the live strip: filled, half or a ring. */
function markSvg(event: StoryEvent, x: number, y: number, on: boolean): string {
	const r = on ? 6 : 4;
	const fill = statusFill(event.status, r);
	const active = on ? ' active' : '';
	const circle = `<circle class="mark${active}${fill === 'disc' ? ' filled' : ''}" cx="${x}" cy="${y}" r="${r}" data-status="${event.status}"/>`;
	return fill && fill !== 'disc'
		? `${circle}<path class="half${active}" d="${fill}" transform="translate(${x} ${y})"/>`
		: circle;
}

export function timelineSvg(
	events: StoryEvent[],
	active: ReadonlySet<string>,
	period: Period,
	width = 680
): string {
	const height = 112;
	const axisY = 74;
	const scale = timeScale(period, width);
	const [minX, maxX] = scale.range() as [number, number];
	const long = period.end.getTime() - period.start.getTime() > 400 * 86_400_000;
	const marks = events
		.map((event) => ({ event, x: scale(datePosition(event.date)), on: active.has(event.id) }))
		.filter((mark) => mark.x >= minX - 0.5 && mark.x <= maxX + 0.5);
	const labels = layoutLabels(
		marks
			.filter((mark) => mark.on)
			.map(({ event, x }) => ({
				id: event.id,
				x,
				text:
					long || event.date.precision === 'month'
						? formatShortDate(event.date)
						: formatDayTick(event.date.date)
			})),
		minX,
		maxX
	);
	const title = `${t.timeline.label}: ${marks
		.filter((mark) => mark.on)
		.map((mark) => mark.event.title)
		.join('; ')}`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}">`,
		`<title>${escapeXml(title)}</title>`,
		`<style>${STYLE}</style>`,
		`<line class="axis" x1="${minX}" x2="${maxX}" y1="${axisY}" y2="${axisY}"/>`,
		...ticksFor(scale).map(
			(tick) =>
				`<line class="tick" x1="${tick.x}" x2="${tick.x}" y1="${axisY}" y2="${axisY + 5}"/><text class="tick-label${tick.major ? ' major' : ''}" x="${tick.x}" y="${axisY + 19}" text-anchor="middle">${escapeXml(tick.label)}</text>`
		),
		...labels.map((label) => {
			const y = axisY - 20 - label.lane * 15;
			return `<line class="leader" x1="${label.x}" x2="${label.x}" y1="${y + 3}" y2="${axisY - 7}"/><text class="label" x="${label.left + label.width / 2}" y="${y}" text-anchor="middle">${escapeXml(label.text)}</text>`;
		}),
		...marks
			.sort((a, b) => Number(a.on) - Number(b.on))
			.map((mark) => markSvg(mark.event, mark.x, axisY, mark.on)),
		'</svg>'
	].join('\n');
}
