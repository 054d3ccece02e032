// The host serves this file, with status 404, for any unknown address. It carries no app script:
// an address the router cannot even decode (`/%E0%A4%A`) must still get a page, and so must a
// reader without JavaScript.
export const csr = false;
