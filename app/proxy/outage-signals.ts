/**
 * How a page served from the cache during a database outage learns it, without a request of its
 * own: the proxy adds a Server-Timing entry that a line of script in the layout reads; without
 * JavaScript, the layout asks for a stylesheet inside <noscript> (no cost to anyone else) that the
 * proxy answers with a rule showing the notice while the database is unreachable.
 */
const TIMING_NAME = 'cited-db';
const TIMING_DESCRIPTION = 'unreachable';

export const OUTAGE_TIMING = `${TIMING_NAME};desc="${TIMING_DESCRIPTION}"`;

export const OUTAGE_STYLESHEET = '/outage.css';

export const OUTAGE_NOTICE_ID = 'outage-notice';

export const OUTAGE_NOTICE_SCRIPT = `(function(){var n=performance.getEntriesByType('navigation')[0];if(n&&n.serverTiming&&n.serverTiming.some(function(e){return e.name==='${TIMING_NAME}'&&e.description==='${TIMING_DESCRIPTION}'}))document.getElementById('${OUTAGE_NOTICE_ID}').hidden=false})()`;

export const OUTAGE_NOTICE_CSS = `#${OUTAGE_NOTICE_ID}[hidden] { display: block; }\n`;
