// Which fill a highlighted country gets, on the static map and on Leaflet alike.
export function countryTone(countryId: string): 'ru' | 'kp' | 'ua' | 'other' {
	if (countryId === 'rusia') return 'ru';
	if (countryId === 'corea-del-norte') return 'kp';
	if (countryId === 'ucrania') return 'ua';
	return 'other';
}
