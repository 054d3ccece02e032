// The story page's islands script, as the browser build's entry (scripts/islands.ts) and its key in
// the build manifest, where the server hook looks its file up ($lib/server/islands.ts).
export const ISLANDS_ENTRY = 'src/lib/islands/story-page.ts';
