// Interface strings that only some pages show (/presentar, /insertar), apart from es.ts: the
// dictionary there is one object, which every page's script carries whole, and a bundler cannot
// leave out an object's unused keys. Here, only the pages that import this module carry them.
// en-pages.ts has the English edition's, key for key.
import type { Widen } from './es';

export const esPages = {
	/** The classroom slides (/presentar) and their print handout. */
	present: {
		titleSlide: 'Portada',
		hint: '→ o AvPág para avanzar · N notas · F pantalla completa · Q código QR · B pantalla en negro',
		readStory: 'Leer la historia completa',
		readOnPhone: 'Léelo en tu móvil',
		qrStory: 'Código QR de la historia para el móvil',
		qrStep: 'Código QR de este paso para el móvil',
		keyPoints: 'Ideas clave',
		question: 'Pregunta para la clase',
		upNext: 'A continuación',
		end: 'Fin de la presentación',
		blank: 'En negro (B)',
		presenterButton: 'Presentador (P)',
		blanked: 'Pantalla en negro. Pulsa B o el punto para volver.',
		popupTab:
			'El navegador bloqueó la ventana emergente: la vista del presentador se abrió en una pestaña nueva.',
		popupBlocked: 'El navegador bloqueó la ventana de la vista del presentador.',
		openPresenter: 'Ábrela en una pestaña',
		pageTitle: (headline: string) => `Presentar en clase: ${headline}`,
		/** The slides, as a screen reader announces them. */
		roleDescription: 'presentación',
		bar: 'Presentación',
		notesButton: 'Notas (N)',
		qrButton: 'QR (Q)',
		fullscreenButton: 'Pantalla completa (F)',
		notes: 'Notas del presentador',
		questionLabel: 'Pregunta',
		qrDialog: 'Código QR',
		closeQr: 'Cerrar (Esc)',
		/** The print handout's last page. */
		discussion: 'Preguntas para el debate'
	},
	/**
	 * The /insertar page. Text between backticks is code (CodeText.svelte); the functions take the
	 * addresses' words of the edition (?paso=, ?tema=claro) and the messages' names.
	 */
	embedPage: {
		title: 'Insertar en tu web',
		description:
			'Códigos para insertar el mapa, la cronología o la historia completa de «Moscú–Pionyang» en cualquier web.',
		intro: (light: string, dark: string) =>
			`Cada pieza se adapta sola a la altura de su contenido. Funciona con pym.js o con un iframe simple, en cualquier gestor de contenidos. Añade \`${light}\` u \`${dark}\` a la dirección para fijar el tema; por defecto sigue la preferencia del lector.`,
		descriptions: {
			mapa: (param: string, steps: number) =>
				`El mapa solo. Con ?${param}=N muestra la vista del paso N (1 a ${steps}) o ?${param}=<id del paso>.`,
			cronologia: () =>
				'La cronología interactiva: cada hecho con su fecha, su estado y sus fuentes.',
			historia: () =>
				'La historia completa, paso a paso, con botones «Anterior» y «Siguiente» y las flechas del teclado. No depende del desplazamiento de la página que la aloja.'
		},
		eventsHeading: 'Eventos para tu página',
		eventsIntro:
			'La historia insertada avisa a la página que la aloja de cada paso y fragmento que muestra, y de cuándo el lector llega al final, con un mensaje (`postMessage`) que no lleva ningún dato del lector. Así puedes medir hasta dónde leen tus lectores sin añadir scripts de terceros.',
		stepEvent: (type: string, version: number, embed: string, param: string) =>
			`\`type: '${type}'\`, en cada cambio: \`version\` (${version}), \`embed\` (\`'${embed}'\`), \`step\` (id del paso, como en \`?${param}=\`), \`beat\` (fragmento dentro del paso, desde 1), \`index\` y \`total\` (posición entre todos los fragmentos de la historia, desde 1).`,
		endEvent: (type: string) =>
			`\`type: '${type}'\`, una sola vez, al llegar al último fragmento: \`version\`, \`embed\` y \`total\`.`,
		versioning:
			'La versión solo cambia si un campo cambia de sentido o desaparece. Pega este código después del de la historia; comprueba que el mensaje viene de tu iframe, su tipo y su versión:',
		listener: 'Código para escuchar los eventos'
	}
} as const;

export type PageStrings = Widen<typeof esPages>;
