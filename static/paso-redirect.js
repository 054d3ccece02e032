// /paso/N is the address a shared link carries; the story itself is at /#paso-N. This runs in the
// page's head, before anything is drawn, and replaces the history entry, so Back leaves the story
// instead of coming back here to be sent on again. Crawlers and readers without JavaScript stay
// and read the step on the page.
(function () {
	var to = document.currentScript && document.currentScript.getAttribute('data-to');
	if (to) location.replace(to);
})();
