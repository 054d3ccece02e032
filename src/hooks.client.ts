import type { HandleClientError } from '@sveltejs/kit';
import { t } from '$lib/i18n';

// A reader who types a wrong address gets the 404 page; that is not an error worth a console
// line. Anything else is still logged.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? t.notFound.title : message };
};
