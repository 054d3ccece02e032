// Served by the host, with status 404, for an unknown /embed/<name>: static like the site's 404
// page, plus the resize script so the host's iframe still fits it.
export const csr = false;
