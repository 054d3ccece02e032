// Every interface string of the Spanish edition. Story copy lives in data/story.json instead.
export const es = {
	siteName: 'Moscú–Pionyang',
	skipToStory: 'Saltar a la historia',
	readingTime: (minutes: number) => `Lectura: ${minutes} min`,
	published: 'Publicado el',
	nav: {
		label: 'Secciones',
		story: 'Historia',
		data: 'Datos',
		present: 'Presentar en clase',
		guide: 'Guía docente',
		embeds: 'Insertar'
	},
	step: {
		counter: (current: number, total: number) => `${current} de ${total}`,
		label: (number: number) => `Paso ${number}`,
		beatCounter: (current: number, total: number) => `parte ${current} de ${total}`,
		previous: 'Anterior',
		next: 'Siguiente',
		graphicDescription: 'Qué muestra el gráfico',
		/** «Paso 3 de 8»: a step standing alone (its own page, its share image). */
		labelOf: (number: number, total: number) => `Paso ${number} de ${total}`,
		/** The embedded stepper, as a screen reader announces it. */
		carousel: 'carrusel',
		controls: 'Pasos'
	},
	/** Quotes from the sources, and their titles. */
	quote: {
		/** Text in quotation marks: a work's title in running text, a quote in a download. */
		quoted: (text: string) => `«${text}»`,
		/** Before the edition's rendering of a quote in another language. */
		translation: 'Nuestra traducción'
	},
	share: {
		button: 'Compartir este paso',
		copied: 'Enlace copiado',
		selectToCopy: 'Enlace seleccionado: pulsa Ctrl+C (⌘C) para copiarlo',
		linkLabel: (number: number) => `Enlace al paso ${number}`,
		text: (number: number, title: string) => `Paso ${number}: ${title}`,
		readFromHere: 'Leer la historia desde este paso'
	},
	status: {
		levels: {
			confirmado: {
				label: 'Confirmado',
				meaning: 'por una de las partes o por un registro oficial'
			},
			informado: {
				label: 'Informado',
				meaning: 'por la prensa, sin confirmación de ninguna de las partes'
			},
			atribuido: {
				label: 'Atribuido',
				meaning: 'lo afirma una de las partes; la otra lo niega o no responde'
			}
		},
		legend: 'Cómo de confirmado está cada hecho',
		confirmedBy: (who: string) => `Confirmado por ${who}`,
		reportedBy: (who: string) => `Informado por ${who}`,
		// «a el» contracts to «al»: «Atribuido al secretario de Defensa…».
		claimedBy: (who: string) =>
			`Atribuido ${who.startsWith('el ') ? `al ${who.slice(3)}` : `a ${who}`}`,
		deniedBy: (who: string) => `Negado por ${who}`,
		declinedBy: (who: string) => `Ni confirmado ni negado por ${who}`,
		reviewed: (date: string) => `Revisado el ${date}`
	},
	map: {
		label: 'Mapa',
		explore: 'Explorar el mapa',
		stopExploring: 'Dejar de explorar el mapa',
		straightLine: (km: string) => `${km} en línea recta`,
		scrollHint: 'Usa Ctrl + rueda para ampliar el mapa',
		basemapAttribution: 'Mapa base: Natural Earth',
		locatorHeading: 'Los lugares de esta historia',
		locatorDescription: (places: string[], routes: string[]) =>
			`Mapa de ${places.join(', ')}, con ${routes.length} trayectos en línea recta: ${routes.join('; ')}.`,
		/** The keyboard's list of what the map shows (MapKeys.svelte). */
		items: 'Lugares y trayectos del mapa',
		itemsHint: '↑ ↓',
		/** A place's routes at this beat, each with its straight-line length. */
		placeRoutes: (routes: string[]) =>
			routes.length === 1 ? `Trayecto: ${routes[0]}.` : `Trayectos: ${routes.join('; ')}.`,
		routeLength: (name: string, km: string) => `${name}, ${km} en línea recta`,
		/** A route's stops, in travel order. */
		routeStops: (stops: string[]) =>
			stops.length > 2
				? `De ${stops[0]} a ${stops.at(-1)}, por ${stops.slice(1, -1).join(', ')}`
				: `De ${stops[0]} a ${stops.at(-1)}`
	},
	timeline: {
		label: 'Cronología',
		listHeading: 'Todos los hechos de la cronología',
		eventName: (date: string, title: string) => `${date}: ${title}`,
		/** A mark's name: its date, title and level of confirmation (statusText). */
		markName: (date: string, title: string, status: string) => `${date}: ${title}. ${status}`,
		keysHint:
			'Flechas: hecho anterior o siguiente. Inicio y Fin: el primero y el último. RePág y AvPág: un mes antes o después. Intro: abre su ficha; Escape la cierra.',
		close: 'Cerrar',
		sources: 'Fuentes',
		correction: 'Corrección a la prensa'
	},
	data: {
		title: 'Los datos',
		intro:
			'Cada hecho de la historia, con su fecha verificada, su estado y las fuentes que lo respaldan. Puedes descargarlos y reutilizarlos citando la fuente.',
		downloads: 'Descargas',
		csv: 'Hechos (CSV)',
		json: 'Hechos (JSON)',
		geojson: 'Lugares (GeoJSON)',
		columns: {
			date: 'Fecha',
			title: 'Hecho',
			place: 'Lugar',
			status: 'Estado',
			sources: 'Fuentes y citas'
		},
		caption: (shown: number, total: number) =>
			shown === total
				? `${total} hechos, en orden cronológico`
				: `${shown} de ${total} hechos, en orden cronológico`,
		filters: {
			heading: 'Filtrar los hechos',
			status: 'Estado',
			kind: 'Tipo',
			year: 'Año',
			search: 'Buscar en títulos y resúmenes',
			any: 'Todos',
			clear: 'Quitar los filtros',
			count: (shown: number, total: number) =>
				shown === total ? `Se muestran los ${total} hechos` : `${shown} de ${total} hechos`
		},
		kinds: {
			cumbre: 'Cumbre',
			diplomacia: 'Diplomacia',
			guerra: 'Guerra',
			tropas: 'Tropas',
			ratificacion: 'Ratificación',
			contexto: 'Contexto'
		},
		filteredDownloads: (count: number) => `Solo los ${count} hechos filtrados:`,
		allDownloads: 'Todos los hechos:',
		correctionsLog: 'Correcciones y actualizaciones',
		correctionsLogIntro:
			'Lo que ha cambiado en estos datos desde su publicación, cuándo y por qué, del cambio más reciente al más antiguo.',
		correctionKinds: { correccion: 'Corrección', actualizacion: 'Actualización' },
		correctionWhy: 'Por qué',
		correctionEvents: 'Hechos afectados',
		placesHeading: 'Lugares',
		sourcesHeading: 'Fuentes',
		correctionsHeading: 'Lo que la prensa contó mal',
		/** The downloads' own title and terms of reuse (eventos.json). */
		exportTitle: 'Moscú–Pionyang: cronología verificada',
		licence: 'Reutilizable citando «Moscú–Pionyang» como fuente',
		/** File name, without extension, of the filtered rows' download. */
		filteredFile: 'eventos-filtrados'
	},
	method: {
		correctionsIntro: 'Correcciones a las crónicas de partida:',
		dataLink: 'Todos los datos'
	},
	notFound: {
		title: 'Página no encontrada',
		body: 'No existe ninguna página en esta dirección.',
		back: 'Ir a la historia'
	},
	embed: {
		credit: 'Fuente: «Moscú–Pionyang»',
		fullStory: 'Leer la historia completa',
		notFound: 'No existe ese gráfico para insertar',
		available: 'Gráficos disponibles:',
		/** Each embed's name (/embed/<name>): headings, iframe titles, the embed's own title. */
		titles: { mapa: 'Mapa', cronologia: 'Cronología', historia: 'La historia paso a paso' },
		description: (title: string) => `${title} de «Moscú–Pionyang»`,
		codePym: 'Código con pym.js',
		codeIframe: 'Código con iframe simple',
		copy: 'Copiar',
		copied: 'Copiado',
		selectToCopy: 'Código seleccionado: pulsa Ctrl+C (⌘C)',
		preview: (title: string) => `Vista previa: ${title}`,
		/** The site's address in the codes until the page knows its own (no PUBLIC_SITE_URL). */
		exampleOrigin: 'https://tu-dominio.example',
		/** The comments and console lines of the host page's listener (hostEventsSnippet). */
		hostEvents: {
			stepComment:
				'El lector ve el paso data.step (fragmento data.beat): data.index de data.total.',
			of: 'de',
			endComment: 'El lector ha llegado al final de la historia.',
			end: 'fin'
		}
	}
} as const;

/** A dictionary's type with its literal strings widened: another edition's may say anything. */
export type Widen<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => Widen<R>
		: { [K in keyof T]: Widen<T[K]> };
export type Strings = Widen<typeof es>;
