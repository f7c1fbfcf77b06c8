import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUnreachable } from './availability';

const coded = (code: string) => Object.assign(new Error(code), { code });

describe('isUnreachable', () => {
  const cases: [string, unknown, boolean][] = [
    ['a refused connection', coded('ECONNREFUSED'), true],
    ['a connection postgres.js saw close', coded('CONNECTION_CLOSED'), true],
    ['a connect timeout', coded('CONNECT_TIMEOUT'), true],
    ['PostgreSQL shutting down', coded('57P01'), true],
    ['a refused connection as the cause', new Error('render failed', { cause: coded('ECONNREFUSED') }), true],
    ['one of an AggregateError', new AggregateError([coded('ETIMEDOUT')]), true],
    ['a query error', coded('42P01'), false],
    ['a statement timeout', coded('57014'), false],
    ['an error without a code', new Error('boom'), false],
    ['not an error', 'ECONNREFUSED', false],
    ['null', null, false],
  ];
  for (const [name, error, expected] of cases) it(`${name} → ${expected}`, () => assert.equal(isUnreachable(error), expected));

  it('stops at a cycle of causes', () => {
    const error = new Error('a') as Error & { cause?: unknown };
    error.cause = error;
    assert.equal(isUnreachable(error), false);
  });
});
