// Every page is prerendered: the site is plain files any static host can serve.
export const prerender = true;
