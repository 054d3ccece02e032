// Every interface string of the English edition, key for key as in es.ts. Story copy lives in
// data/en/*.json instead.
import type { Strings } from './es';

/** English count nouns: one form for 1, the other for every other number. */
const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

export const en: Strings = {
	siteName: 'Moscow–Pyongyang',
	skipToStory: 'Skip to the story',
	readingTime: (minutes: number) => `${minutes} min read`,
	published: 'Published',
	nav: {
		label: 'Sections',
		story: 'Story',
		data: 'Data',
		present: 'Present in class',
		guide: 'Teacher’s guide',
		embeds: 'Embed'
	},
	step: {
		counter: (current: number, total: number) => `${current} of ${total}`,
		label: (number: number) => `Step ${number}`,
		beatCounter: (current: number, total: number) => `part ${current} of ${total}`,
		previous: 'Previous',
		next: 'Next',
		graphicDescription: 'What the graphic shows',
		labelOf: (number: number, total: number) => `Step ${number} of ${total}`,
		carousel: 'carousel',
		controls: 'Steps'
	},
	quote: {
		quoted: (text: string) => `“${text}”`,
		translation: 'Our translation'
	},
	share: {
		button: 'Share this step',
		copied: 'Link copied',
		selectToCopy: 'Link selected: press Ctrl+C (⌘C) to copy it',
		linkLabel: (number: number) => `Link to step ${number}`,
		text: (number: number, title: string) => `Step ${number}: ${title}`,
		readFromHere: 'Read the story from this step'
	},
	status: {
		levels: {
			confirmado: {
				label: 'Confirmed',
				meaning: 'by one of the parties or by an official record'
			},
			informado: {
				label: 'Reported',
				meaning: 'by the press, with no confirmation from any of the parties'
			},
			atribuido: {
				label: 'Attributed',
				meaning: 'claimed by one of the parties; the other denies it or does not respond'
			}
		},
		legend: 'How well confirmed each fact is',
		confirmedBy: (who: string) => `Confirmed by ${who}`,
		reportedBy: (who: string) => `Reported by ${who}`,
		claimedBy: (who: string) => `Attributed to ${who}`,
		deniedBy: (who: string) => `Denied by ${who}`,
		declinedBy: (who: string) => `Neither confirmed nor denied by ${who}`,
		reviewed: (date: string) => `Reviewed on ${date}`
	},
	map: {
		label: 'Map',
		explore: 'Explore the map',
		stopExploring: 'Stop exploring the map',
		straightLine: (km: string) => `${km} in a straight line`,
		scrollHint: 'Use Ctrl + scroll wheel to zoom the map',
		basemapAttribution: 'Base map: Natural Earth',
		locatorHeading: 'The places in this story',
		locatorDescription: (places: string[], routes: string[]) =>
			`Map of ${places.join(', ')}, with ${routes.length} ${plural(routes.length, 'straight-line route', 'straight-line routes')}: ${routes.join('; ')}.`,
		/** The keyboard's list of what the map shows (MapKeys.svelte). */
		items: 'Places and routes on the map',
		itemsHint: '↑ ↓',
		/** A place's routes at this beat, each with its straight-line length. */
		placeRoutes: (routes: string[]) =>
			routes.length === 1 ? `Route: ${routes[0]}.` : `Routes: ${routes.join('; ')}.`,
		routeLength: (name: string, km: string) => `${name}, ${km} in a straight line`,
		/** A route's stops, in travel order. */
		routeStops: (stops: string[]) =>
			stops.length > 2
				? `From ${stops[0]} to ${stops.at(-1)}, via ${stops.slice(1, -1).join(', ')}`
				: `From ${stops[0]} to ${stops.at(-1)}`
	},
	timeline: {
		label: 'Timeline',
		listHeading: 'All the facts in the timeline',
		eventName: (date: string, title: string) => `${date}: ${title}`,
		/** A mark's name: its date, title and level of confirmation (statusText). */
		markName: (date: string, title: string, status: string) => `${date}: ${title}. ${status}`,
		keysHint:
			'Arrow keys: previous or next fact. Home and End: the first and the last. Page Up and Page Down: one month earlier or later. Enter opens its details; Escape closes them.',
		close: 'Close',
		sources: 'Sources',
		correction: 'Correction to the press'
	},
	data: {
		title: 'The data',
		intro:
			'Every fact in the story, with its verified date, its status and the sources that support it. You can download the data and reuse it, citing the source.',
		downloads: 'Downloads',
		csv: 'Facts (CSV)',
		json: 'Facts (JSON)',
		geojson: 'Places (GeoJSON)',
		columns: {
			date: 'Date',
			title: 'Fact',
			place: 'Place',
			status: 'Status',
			sources: 'Sources and quotes'
		},
		caption: (shown: number, total: number) =>
			shown === total
				? `${total} ${plural(total, 'fact', 'facts')}, in chronological order`
				: `${shown} of ${total} facts, in chronological order`,
		filters: {
			heading: 'Filter the facts',
			status: 'Status',
			kind: 'Type',
			year: 'Year',
			search: 'Search titles and summaries',
			any: 'All',
			clear: 'Clear the filters',
			count: (shown: number, total: number) =>
				shown === total
					? total === 1
						? 'Showing the only fact'
						: `Showing all ${total} facts`
					: `${shown} of ${total} facts`
		},
		kinds: {
			cumbre: 'Summit',
			diplomacia: 'Diplomacy',
			guerra: 'War',
			tropas: 'Troops',
			ratificacion: 'Ratification',
			contexto: 'Context'
		},
		filteredDownloads: (count: number) =>
			count === 1 ? 'Only the filtered fact:' : `Only the ${count} filtered facts:`,
		allDownloads: 'All facts:',
		correctionsLog: 'Corrections and updates',
		correctionsLogIntro:
			'What has changed in this data since publication, when and why, from the most recent change to the oldest.',
		correctionKinds: { correccion: 'Correction', actualizacion: 'Update' },
		correctionWhy: 'Why',
		correctionEvents: 'Facts affected',
		placesHeading: 'Places',
		sourcesHeading: 'Sources',
		correctionsHeading: 'What the press got wrong',
		exportTitle: 'Moscow–Pyongyang: a verified timeline',
		licence: 'Free to reuse, citing Moscow–Pyongyang as the source',
		filteredFile: 'filtered-events'
	},
	method: {
		correctionsIntro: 'Corrections to the original press reports:',
		dataLink: 'All the data'
	},
	notFound: {
		title: 'Page not found',
		body: 'There is no page at this address.',
		back: 'Go to the story'
	},
	embed: {
		credit: 'Source: Moscow–Pyongyang',
		fullStory: 'Read the full story',
		notFound: 'There is no such graphic to embed',
		available: 'Available graphics:',
		titles: { mapa: 'Map', cronologia: 'Timeline', historia: 'The story, step by step' },
		description: (title: string) => `${title}, from Moscow–Pyongyang`,
		codePym: 'Code with pym.js',
		codeIframe: 'Code with a plain iframe',
		copy: 'Copy',
		copied: 'Copied',
		selectToCopy: 'Code selected: press Ctrl+C (⌘C)',
		preview: (title: string) => `Preview: ${title}`,
		exampleOrigin: 'https://your-domain.example',
		hostEvents: {
			stepComment: 'The reader is at step data.step (part data.beat): data.index of data.total.',
			of: 'of',
			endComment: 'The reader has reached the end of the story.',
			end: 'end'
		}
	}
};
