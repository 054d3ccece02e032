// The English edition's page strings, key for key as in es-pages.ts.
import type { PageStrings } from './es-pages';

export const enPages: PageStrings = {
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
