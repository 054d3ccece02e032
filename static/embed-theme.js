// Runs before first paint in embeds: ?tema=claro|oscuro or ?theme=light|dark (the Spanish and the
// English edition's words, THEME_PARAMS in src/lib/embed/embeds.ts; each edition reads both)
// fixes the theme; anything else follows the reader's system (prefers-color-scheme).
(function () {
	var params = new URLSearchParams(location.search);
	var tema = params.get('tema');
	var theme = { light: 'claro', dark: 'oscuro' }[params.get('theme')];
	if (tema === 'claro' || tema === 'oscuro') document.documentElement.dataset.theme = tema;
	else if (theme) document.documentElement.dataset.theme = theme;
})();
