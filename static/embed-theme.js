// Runs before first paint in embeds: ?tema=claro|oscuro fixes the theme; anything else follows
// the reader's system (prefers-color-scheme).
(function () {
	var theme = new URLSearchParams(location.search).get('tema');
	if (theme === 'claro' || theme === 'oscuro') document.documentElement.dataset.theme = theme;
})();
