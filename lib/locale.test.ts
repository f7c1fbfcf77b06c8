import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localizedHref, splitLocale } from './locale';

describe('splitLocale', () => {
  const cases: [string, ReturnType<typeof splitLocale>][] = [
    ['/', { locale: 'en', rest: '/', explicitDefault: false }],
    ['/metrics/x', { locale: 'en', rest: '/metrics/x', explicitDefault: false }],
    ['/ko', { locale: 'ko', rest: '/', explicitDefault: false }],
    ['/ko/', { locale: 'ko', rest: '/', explicitDefault: false }],
    ['/ko/metrics/x', { locale: 'ko', rest: '/metrics/x', explicitDefault: false }],
    ['/en', { locale: 'en', rest: '/', explicitDefault: true }],
    ['/en/metrics', { locale: 'en', rest: '/metrics', explicitDefault: true }],
    // Not a language: a word that starts with one, or one Cited does not have.
    ['/kodak', { locale: 'en', rest: '/kodak', explicitDefault: false }],
    ['/fr/metrics', { locale: 'en', rest: '/fr/metrics', explicitDefault: false }],
    ['/KO/metrics', { locale: 'en', rest: '/KO/metrics', explicitDefault: false }],
  ];
  for (const [pathname, expected] of cases) it(pathname, () => assert.deepEqual(splitLocale(pathname), expected));
});

describe('localizedHref', () => {
  const cases: [Parameters<typeof localizedHref>[0], string, string][] = [
    ['en', '/metrics/x', '/metrics/x'],
    ['ko', '/metrics/x', '/ko/metrics/x'],
    ['ko', '/', '/ko'],
    ['ko', '/?tab=table', '/ko?tab=table'],
    ['ko', '/metrics/x?rev=3#cite-a', '/ko/metrics/x?rev=3#cite-a'],
    ['ko', '/ko/metrics/x', '/ko/metrics/x'],
    ['ko', '#cite-a', '#cite-a'],
    ['ko', 'https://example.com/a', 'https://example.com/a'],
    ['ko', '//example.com/a', '//example.com/a'],
    // Data and feeds have one address in every language.
    ['ko', '/api/metrics.csv', '/api/metrics.csv'],
    ['ko', '/changes.atom', '/changes.atom'],
    ['ko', '/metrics/x/changes.atom', '/ko/metrics/x/changes.atom'],
    ['ko', '/embed/metrics/x', '/ko/embed/metrics/x'],
  ];
  for (const [locale, href, expected] of cases) it(`${locale} ${href}`, () => assert.equal(localizedHref(locale, href), expected));
});
