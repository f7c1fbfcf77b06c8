import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { ErrorHelp } from './error-help';
import { errorTextsFor } from './error-texts';

describe('the error pages speak the address’s language', () => {
  const cases: [string, string | null, string, string][] = [
    ['a Korean page', '/ko/metrics/deepseek-v3-development-cost', 'ko', '이 페이지를 표시하지 못했습니다'],
    ['the Korean home', '/ko', 'ko', '이 페이지를 표시하지 못했습니다'],
    ['an English page', '/metrics', 'en', 'This page could not be shown'],
    ['a path that only starts like Korean', '/kodak', 'en', 'This page could not be shown'],
    ['no address known', null, 'en', 'This page could not be shown'],
  ];
  for (const [what, pathname, locale, title] of cases) {
    it(what, () => {
      const texts = errorTextsFor(pathname);
      assert.equal(texts.locale, locale);
      assert.equal(texts.PageError.title, title);
    });
  }

  it('offers a retry, the charts in the same language, and the reference for a report', () => {
    const html = renderToStaticMarkup(<ErrorHelp texts={errorTextsFor('/ko/search')} digest="1234567" retry={() => {}} />);
    assert.match(html, /<button type="button">다시 시도<\/button>/);
    assert.match(html, /<a href="\/ko">차트 보기<\/a>/);
    assert.match(html, /참조 번호: 1234567/);
    assert.match(renderToStaticMarkup(<ErrorHelp texts={errorTextsFor('/')} retry={() => {}} />), /<a href="\/">the charts<\/a>/);
  });
});
