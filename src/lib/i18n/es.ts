// Every interface string of the Spanish edition. Story copy lives in data/story.json instead.
export const es = {
	siteName: 'Moscú–Pionyang',
	skipToStory: 'Saltar a la historia',
	readingTime: (minutes: number) => `Lectura: ${minutes} min`,
	published: 'Publicado el',
	nav: {
		story: 'Historia',
		data: 'Datos',
		present: 'Presentar en clase',
		guide: 'Guía docente',
		embeds: 'Insertar'
	},
	step: {
		counter: (current: number, total: number) => `${current} de ${total}`,
		label: (number: number) => `Paso ${number}`,
		previous: 'Anterior',
		next: 'Siguiente',
		graphicDescription: 'Qué muestra el gráfico'
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
		confirmado: 'Confirmado oficialmente',
		confirmedBy: (who: string) => `Confirmado por ${who}`,
		claimedBy: (who: string) => `Según ${who}`,
		deniedBy: (who: string) => `Negado por ${who}`
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
			`Mapa de ${places.join(', ')}, con ${routes.length} trayectos en línea recta: ${routes.join('; ')}.`
	},
	timeline: {
		label: 'Cronología',
		listHeading: 'Todos los hechos de la cronología',
		eventName: (date: string, title: string) => `${date}: ${title}`,
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
		caption: (count: number) => `${count} hechos, en orden cronológico`,
		placesHeading: 'Lugares',
		sourcesHeading: 'Fuentes',
		correctionsHeading: 'Lo que la prensa contó mal'
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
		available: 'Gráficos disponibles:'
	}
} as const;

export type Strings = typeof es;
