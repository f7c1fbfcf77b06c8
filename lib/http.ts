/** JSON responses of the read API: errors always carry a status and a message a person can act on. */
export function jsonError(status: number, message: string): Response {
  return Response.json({ error: { status, message } }, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function json(body: unknown): Response {
  return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
}
