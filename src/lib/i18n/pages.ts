// The strings of the pages that show them (es-pages.ts), in the edition being built. `locale` is a
// constant at build time, so the bundler keeps one dictionary and drops the other.
import { enPages } from './en-pages';
import { esPages, type PageStrings } from './es-pages';
import { locale } from './edition';

export const pageStrings: PageStrings = locale === 'en' ? enPages : esPages;
