// Served as a file so the Content-Security-Policy needs no inline script: marks the page as
// running JavaScript (GOV.UK Frontend styles depend on it), then starts the components.
import { initAll } from './govuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported');
initAll();
