// Added by tests/engines/proxy.js to every page (and embed) in WebKit, whose WebDriver has no
// console log: what a console would show as an error, reported to the proxy.
(function () {
	var report = function (kind, text) {
		var body = kind + ' ' + location.pathname + ': ' + text;
		try {
			navigator.sendBeacon('/__engines/report', body);
		} catch {
			// Nothing to report to.
		}
	};
	window.addEventListener(
		'error',
		function (event) {
			var target = event.target;
			if (target && target !== window && (target.src || target.href))
				report('failed to load', target.src || target.href);
			else report('uncaught', event.message + ' at ' + event.filename + ':' + event.lineno);
		},
		true
	);
	window.addEventListener('unhandledrejection', function (event) {
		report('unhandled rejection', String(event.reason && (event.reason.stack || event.reason)));
	});
	window.addEventListener('securitypolicyviolation', function (event) {
		report('CSP', event.violatedDirective + ' ' + event.blockedURI);
	});
	var error = console.error;
	console.error = function () {
		report('console.error', Array.prototype.map.call(arguments, String).join(' '));
		return error.apply(console, arguments);
	};
})();
