// The typed dataset every view reads. Produced once, at build time, from data/ (see validate.ts).

export type DatePrecision = 'day' | 'month';

/** A date as the record knows it: a UTC day, or only a month. */
export interface FuzzyDate {
	/** The text as written in data/: "2024-10-24" or "2024-10". */
	iso: string;
	/** Midnight UTC of the first day the date can mean. */
	date: Date;
	precision: DatePrecision;
}

export interface Place {
	id: string;
	name: string;
	detail: string;
	lat: number;
	lon: number;
	country: string;
	role: string;
}

export interface Country {
	id: string;
	name: string;
	/** ISO 3166-1 numeric code, as world-atlas names its features. */
	iso: string;
}

export type RouteKind = 'tren' | 'tropas' | 'diplomacia';

export interface Route {
	id: string;
	name: string;
	kind: RouteKind;
	/** Place ids, in travel order. */
	via: string[];
}

export type SourceKind = 'semilla' | 'externa';

export interface Source {
	id: string;
	kind: SourceKind;
	title: string;
	outlet: string;
	language: string;
	date?: string;
	url?: string;
}

export interface Citation {
	source: string;
	/** Verbatim, in the source's language. */
	quote?: string;
	/** The edition's rendering of a quote in another language (English edition only). */
	translation?: string;
}

export interface Correction {
	source: string;
	quote: string;
	translation?: string;
	note: string;
}

export type EventKind = 'cumbre' | 'diplomacia' | 'guerra' | 'tropas' | 'ratificacion' | 'contexto';
/**
 * How sure the record is: confirmed by an official party or record, reported by the press and
 * confirmed by no party, or attributed to one party's claim.
 */
export type EventStatus = 'confirmado' | 'informado' | 'atribuido';

export interface StoryEvent {
	id: string;
	date: FuzzyDate;
	endDate?: FuzzyDate;
	title: string;
	summary: string;
	location: string;
	place?: string;
	kind: EventKind;
	status: EventStatus;
	claimedBy?: string;
	reportedBy?: string;
	confirmedBy?: string;
	deniedBy?: string;
	/** Who neither confirmed nor denied it. */
	declinedBy?: string;
	/** ISO day the record was last checked. */
	revisado: string;
	sources: Citation[];
	corrections: Correction[];
}

/** One entry of the «Correcciones y actualizaciones» list (data/corrections.json). */
export interface DataCorrection {
	id: string;
	date: string;
	kind: 'correccion' | 'actualizacion';
	what: string;
	why: string;
	events: string[];
}

export interface Period {
	start: Date;
	end: Date;
}

export interface MapView {
	places: string[];
	routes: string[];
	countries: string[];
}

/**
 * One idea of a step, read beside the graphic: its text and what the graphic shows meanwhile. The
 * data module fills in what the beat leaves unset from its step, so views never fall back.
 */
export interface Beat {
	/** 1-based within its step, as readers and URLs count (#paso-N.M). */
	number: number;
	/** At most BEAT_MAX_WORDS words, with the inline markup of $lib/copy/inline.ts. */
	text: string;
	/** The events it highlights. */
	events: string[];
	map: MapView;
	period: Period;
	/** The graphic's text alternative at this beat. */
	description: string;
}

export interface Step {
	id: string;
	/** 1-based, as readers and URLs count (#paso-N). */
	number: number;
	kicker: string;
	title: string;
	/** The step in at most 40 words, for sharing and the presenter's overview. */
	summary: string;
	/** The timeline's period, unless a beat sets its own. */
	period: Period;
	/** The map view, unless a beat sets its own. */
	map: MapView;
	/** The graphic's text alternative for the step as a whole (static maps, print). */
	description: string;
	notes: { points: string[]; question: string };
	/** 1 to 4, in reading order. */
	beats: Beat[];
}

export interface Section {
	heading: string;
	paragraphs: string[];
}

export interface StoryCopy {
	meta: {
		headline: string;
		dek: string;
		byline: string;
		published: string;
		description: string;
	};
	intro: string[];
	analysis: Section[];
	method: Section;
	embed: Section;
	credits: string[];
}

export type { GuideFile as Guide } from './schema';

/** Who stands behind an event's record, and who denies it or declines to answer. */
export type EventAttribution = Pick<
	StoryEvent,
	'claimedBy' | 'reportedBy' | 'confirmedBy' | 'deniedBy' | 'declinedBy'
>;
/** What an event's mark and its state need; the rest of the record is EventText and EventAttribution. */
export type EventCore = Omit<
	StoryEvent,
	'summary' | 'revisado' | 'sources' | 'corrections' | keyof EventAttribution
>;
/** An event's prose and its sources: the data's heavy half (see split.ts). */
export type EventText = Pick<StoryEvent, 'summary' | 'revisado' | 'sources' | 'corrections'>;

export type BeatCore = Omit<Beat, 'text'>;
/** A step's structure and what its graphic shows at each beat; its prose is StepText. */
export interface StepCore extends Omit<Step, 'summary' | 'notes' | 'beats'> {
	beats: BeatCore[];
}
/** A step's prose: its summary, presenter notes and each beat's text, in order. */
export interface StepText extends Pick<Step, 'summary' | 'notes'> {
	beats: string[];
}

/** The module virtual:dataset: what a hydrated page computes the story's states from. */
export interface StoryCore {
	places: Place[];
	countries: Country[];
	routes: Route[];
	events: EventCore[];
	steps: StepCore[];
	meta: StoryCopy['meta'];
}

/**
 * The module virtual:dataset-details: who stands behind each event's record, by event id, which the
 * live timeline's labels and cards say besides the core.
 */
export interface StoryDetails {
	events: Record<string, EventAttribution>;
}

/** The module virtual:dataset-text: the prose, by event and step id. */
export interface StoryText {
	sources: Source[];
	corrections: DataCorrection[];
	copy: Omit<StoryCopy, 'meta'>;
	events: Record<string, EventText>;
	steps: Record<string, StepText>;
}

export interface Dataset {
	places: Place[];
	countries: Country[];
	routes: Route[];
	sources: Source[];
	events: StoryEvent[];
	corrections: DataCorrection[];
	steps: Step[];
	copy: StoryCopy;
	guide: import('./schema').GuideFile;
}
