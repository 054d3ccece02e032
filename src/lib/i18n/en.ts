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
	present: {
		titleSlide: 'Title slide',
		hint: '→ or Page Down to advance · N notes · F full screen · Q QR code · B black screen',
		readStory: 'Read the full story',
		readOnPhone: 'Read it on your phone',
		qrStory: 'QR code of the story, for your phone',
		qrStep: 'QR code of this step, for your phone',
		keyPoints: 'Key points',
		question: 'Question for the class',
		upNext: 'Up next',
		end: 'End of the presentation',
		blank: 'Black screen (B)',
		presenterButton: 'Presenter (P)',
		blanked: 'Black screen. Press B or the dot to return.',
		popupTab: 'The browser blocked the pop-up window: the presenter view opened in a new tab.',
		popupBlocked: 'The browser blocked the presenter view window.',
		openPresenter: 'Open it in a tab',
		pageTitle: (headline: string) => `Present in class: ${headline}`,
		roleDescription: 'presentation',
		bar: 'Presentation',
		notesButton: 'Notes (N)',
		qrButton: 'QR (Q)',
		fullscreenButton: 'Full screen (F)',
		notes: 'Presenter notes',
		questionLabel: 'Question',
		qrDialog: 'QR code',
		closeQr: 'Close (Esc)',
		discussion: 'Questions for discussion'
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
	},
	embedPage: {
		title: 'Embed it on your site',
		description:
			'Codes to embed the map, the timeline or the whole Moscow–Pyongyang story on any website.',
		intro: (light: string, dark: string) =>
			`Each piece adjusts to the height of its content on its own. It works with pym.js or with a plain iframe, in any content management system. Add \`${light}\` or \`${dark}\` to the address to fix the theme; by default it follows the reader’s preference.`,
		descriptions: {
			mapa: (param: string, steps: number) =>
				`The map on its own. With ?${param}=N it shows the view of step N (1 to ${steps}), or ?${param}=<step id>.`,
			cronologia: () => 'The interactive timeline: every fact with its date, status and sources.',
			historia: () =>
				'The whole story, step by step, with “Previous” and “Next” buttons and the arrow keys. It does not depend on the scrolling of the page that hosts it.'
		},
		eventsHeading: 'Events for your page',
		eventsIntro:
			'The embedded story tells the page that hosts it about every step and part it shows, and when the reader reaches the end, with a message (`postMessage`) that carries no data about the reader. That way you can measure how far your readers get without adding third-party scripts.',
		stepEvent: (type: string, version: number, embed: string, param: string) =>
			`\`type: '${type}'\`, on every change: \`version\` (${version}), \`embed\` (\`'${embed}'\`), \`step\` (the step’s id, as in \`?${param}=\`), \`beat\` (the part within the step, from 1), \`index\` and \`total\` (the position among all the parts of the story, from 1).`,
		endEvent: (type: string) =>
			`\`type: '${type}'\`, once, on reaching the last part: \`version\`, \`embed\` and \`total\`.`,
		versioning:
			'The version changes only if a field changes meaning or disappears. Paste this code after the story’s; it checks that the message comes from your iframe, and its type and version:',
		listener: 'Code that listens for the events'
	}
};
