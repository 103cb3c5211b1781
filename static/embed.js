/*
 * Host-page script for embedded charts of the Citizen Science for the SDGs dashboard.
 * Resizes each <iframe data-citsci-embed> to the height its chart reports. A message is accepted
 * only if it comes from that very iframe (event.source) and from the origin of its src
 * (event.origin), and has the documented shape; anything else is ignored. See docs/embed.md.
 */
(function () {
	'use strict';
	if (window.__citsciEmbed) return;
	window.__citsciEmbed = true;
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'citsci-embed:resize' || data.version !== 1) return;
		if (typeof data.height !== 'number' || !isFinite(data.height) || data.height <= 0 || data.height >= 20000) return;
		var frames = document.querySelectorAll('iframe[data-citsci-embed]');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source) continue;
			// The frame must load an http(s) address (not srcdoc or about:blank) from the sender's origin.
			var origin;
			try {
				var src = new URL(frame.getAttribute('src') || '', document.baseURI);
				if (!frame.getAttribute('src') || frame.hasAttribute('srcdoc') || (src.protocol !== 'https:' && src.protocol !== 'http:')) return;
				origin = src.origin;
			} catch (e) {
				return;
			}
			if (origin !== event.origin) return;
			frame.style.height = Math.ceil(data.height) + 'px';
			return;
		}
	});
})();
