// Preloaded into the bench's servers (node --import): every request that takes longer than
// CITED_SLOW_MS (default 5 s) to finish, or is closed unanswered, is written to the server's log as
// one JSON line with how far it got, so a timeout in a load can be traced to where it stalled.
// Node's own diagnostics channels see each request whatever server code handles it.
import channels from 'node:diagnostics_channel';

const SLOW_MS = Number(process.env.CITED_SLOW_MS || 5000);
let open = 0;
let lastTurn = Date.now();
let worstLag = 0;
setInterval(() => {
  const now = Date.now();
  worstLag = Math.max(worstLag, now - lastTurn - 250);
  lastTurn = now;
}, 250).unref();

const log = (entry) => process.stderr.write(`${JSON.stringify({ slowRequest: true, at: new Date().toISOString(), open, worstLagMs: worstLag, ...entry })}\n`);

channels.subscribe('http.server.request.start', ({ request, response }) => {
  open++;
  const started = Date.now();
  let headersAt = null;
  const writeHead = response.writeHead;
  response.writeHead = function (...args) {
    headersAt ??= Date.now() - started;
    return writeHead.apply(this, args);
  };
  const watch = setTimeout(() => log({ stalled: `${request.method} ${request.url}`, afterMs: SLOW_MS, headersSentAfterMs: headersAt, bytesWritten: request.socket?.bytesWritten ?? null }), SLOW_MS);
  watch.unref();
  const done = (how) => {
    open--;
    clearTimeout(watch);
    const took = Date.now() - started;
    if (took > SLOW_MS || how === 'closed') log({ [how]: `${request.method} ${request.url}`, tookMs: took, headersSentAfterMs: headersAt });
  };
  response.once('finish', () => done('finished'));
  response.once('close', () => {
    if (!response.writableFinished) done('closed');
  });
});
