import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EnvError, parseEnv, siteUrl } from './env';

describe('parseEnv and siteUrl', () => {
  const cases: [string, Record<string, string | undefined>, string][] = [
    ['SITE_URL as given', { SITE_URL: 'https://cited.example' }, 'https://cited.example'],
    ['trailing slashes dropped', { SITE_URL: 'https://cited.example//' }, 'https://cited.example'],
    ['a path kept', { SITE_URL: 'https://example.org/cited/' }, 'https://example.org/cited'],
    ['unset: this machine on the default port', {}, 'http://localhost:3000'],
    ['empty counts as unset', { SITE_URL: '', PORT: '' }, 'http://localhost:3000'],
    ['unset: this machine on PORT', { PORT: '3100' }, 'http://localhost:3100'],
  ];
  for (const [what, source, want] of cases) it(`${what} → ${want}`, () => assert.equal(siteUrl(parseEnv(source)), want));

  it('reads the database settings, an empty DATABASE_URL meaning the embedded one', () => {
    assert.equal(parseEnv({ DATABASE_URL: 'postgres://u@h:5432/d' }).DATABASE_URL, 'postgres://u@h:5432/d');
    assert.equal(parseEnv({ DATABASE_URL: '' }).DATABASE_URL, undefined);
    assert.equal(parseEnv({ CITED_PGLITE_DIR: 'memory://' }).CITED_PGLITE_DIR, 'memory://');
    assert.equal(parseEnv({}).DATABASE_POOL_SIZE, 3);
    assert.equal(parseEnv({ DATABASE_POOL_SIZE: '' }).DATABASE_POOL_SIZE, 3);
    assert.equal(parseEnv({ DATABASE_POOL_SIZE: '12' }).DATABASE_POOL_SIZE, 12);
  });

  const refused: [string, Record<string, string>, RegExp][] = [
    ['a SITE_URL without a scheme', { SITE_URL: 'cited.example' }, /SITE_URL/],
    ['a javascript: SITE_URL', { SITE_URL: 'javascript:alert(1)' }, /SITE_URL/],
    ['a DATABASE_URL that is not postgres', { DATABASE_URL: 'mysql://h/d' }, /DATABASE_URL must be a postgres:\/\/ URL/],
    ['a PORT that is not a port', { PORT: '99999' }, /PORT/],
    ['a pool of no connections', { DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE/],
    ['a pool size that is not a whole number', { DATABASE_POOL_SIZE: 'ten' }, /DATABASE_POOL_SIZE/],
  ];
  for (const [what, source, message] of refused) {
    it(`refuses ${what}, naming it`, () => assert.throws(() => parseEnv(source), (e: unknown) => e instanceof EnvError && message.test(e.message)));
  }
});
