// Runs before the app's scripts, from the document's head. A prerendered page holds the figures for
// the whole curated inventory; if this address carries parameters (filters, a search, a page) or
// the visitor chose other datasets, those figures may not answer what the page will show, so the
// page is marked pending and hides them (components/PendingFigures.svelte) until the app has
// counted. The app removes the mark once it has taken over. Without JavaScript nothing is hidden,
// and the filter bar says that the figures are for the whole published inventory.
(function () {
	try {
		var params = new URLSearchParams(location.search);
		params.delete('v'); // an embed's data version changes no figure
		var asks = Array.from(params.keys()).length > 0;
		var embed = /\/embed\//.test(location.pathname);
		var view = null;
		try {
			view = JSON.parse(localStorage.getItem('citsci-sdg:dataset-view') || 'null');
		} catch (e) {
			view = null;
		}
		var otherData = !embed && !!view && Array.isArray(view.imported) && view.imported.length > 0;
		if (asks || otherData) document.documentElement.setAttribute('data-pending', asks ? 'address' : 'datasets');
	} catch (e) {
		// Storage refused (a private window): the address alone decides.
	}
})();
