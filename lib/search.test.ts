import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuery, highlighter, numberRanges, respelling, SEARCH_MAX_LENGTH, type SearchProblem } from './search';

describe('analyzeQuery', () => {
  const terms: [string, string[], string[]][] = [
    ['how much did DeepSeek V3 cost', ['deepseek', 'v3', 'cost'], ['deepseek', 'v3', 'cost']],
    ['엔비디아 주가', ['엔비디아', '주가'], ['엔비디아', '주가']],
    ['엔비디아의 주가는', ['엔비디아', '주가'], ['엔비디아', '주가']],
    ['딥시크', ['딥시크'], ['딥시크']],
    ['국가 이익', ['국가', '이익'], ['국가', '이익']],
    ['서울에서', ['서울'], ['서울']],
    ['557만 달러', ['557만', '달러'], []],
    ['DeepSeek 5.576 million', ['deepseek', '5.576', 'million'], ['deepseek']],
    ['Nvidia fell 17.2%', ['nvidia', 'fell', '17.2'], ['nvidia', 'fell']],
    ['50%_\\ 100% "quoted"', ['50', '100', 'quoted'], ['quoted']],
    ['deepseek DeepSeek DEEPSEEK', ['deepseek'], ['deepseek']],
    ['chip prices', ['chip', 'price'], ['chip', 'price']],
    ['training costs', ['training', 'cost'], ['training', 'cost']],
    ['AI companies and their deals', ['ai', 'compan', 'their', 'deal'], ['ai', 'compan', 'their', 'deal']],
    ['stock drops, forecasts', ['stock', 'drop', 'forecast'], ['stock', 'drop', 'forecast']],
    ['costs cost', ['cost'], ['cost']],
    ['news GPUs H100s', ['news', 'gpus', 'h100s'], ['news', 'gpus', 'h100s']],
    ['business analysis bonus series', ['business', 'analysis', 'bonus', 'serie'], ['business', 'analysis', 'bonus', 'serie']],
    ['Nvidia’s sales', ['nvidia', 'sale'], ['nvidia', 'sale']],
    ['미니맥스 홍콩 상장일은', ['미니맥스', '홍콩', '상장'], ['미니맥스', '홍콩', '상장']],
    ['엔비디아 주가 하락폭', ['엔비디아', '주가', '하락'], ['엔비디아', '주가', '하락']],
    ['딥시크가 사용한 GPU 수는', ['딥시크', '사용', 'gpu'], ['딥시크', '사용', 'gpu']],
    ['저가 수도 약을', ['저가', '수도', '약을'], ['저가', '수도', '약을']],
    ['1~2자릿수(10~100배)', ['1', '자릿수', '10', '배'], ['자릿수', '배']],
    ['3~5년내 美추월', ['3', '년내', '美추월'], ['년내', '美추월']],
    ['US$ 5.6 million, US chips', ['5.6', 'million', 'us', 'chip'], ['us', 'chip']],
    ['딥시크 V3 훈련 비용은 얼마', ['딥시크', 'v3', '훈련', '비용'], ['딥시크', 'v3', '훈련', '비용']],
    ['언제 상장했다', ['상장'], ['상장']],
    ['독일 환율 점유율', ['독일', '환율', '점유'], ['독일', '환율', '점유']],
  ];
  for (const [raw, want, words] of terms) {
    it(`${raw} → ${want.join(' ')}`, () => {
      const result = analyzeQuery(raw);
      assert.ok(result.ok);
      assert.deepEqual(result.query.terms, want);
      assert.deepEqual(result.query.wordTerms, words);
    });
  }

  /** A number with a unit, a currency or a scale is a figure, matched by value; a bare one may be part of a name. */
  const amounts: [string, string[]][] = [
    ['nvidia 17%', ['17']],
    // A unit written apart is part of the figure.
    ['20 percent', ['20', 'percent']],
    ['557만 달러', ['557만', '달러']],
    ['50,000 USD', ['50,000', 'usd']],
    ['$6m', ['6m']],
    ['KRW 100', ['krw', '100']],
    ['DeepSeek 5.576 million', ['5.576', 'million']],
    ['5억 5800만 달러', ['5억', '5800만', '달러']],
    ['₩880조', ['880조']],
    ['Meta Llama 3', []],
    ['cost 30000', []],
    // A scale letter alone names a model's size; a unit's syllable starting a longer word is that word.
    ['DeepSeek 671B', []],
    ['2025 엔비디아', []],
    ['3 원전', []],
    ['2021 백신', []],
    // Written bare as well: looked up as the word the texts write.
    ['Llama 3, 3%', []],
    // A unit the texts join to the number is one word with it, looked up as written.
    ['10배', []],
    ['2025년 1월', []],
  ];
  for (const [raw, want] of amounts) {
    it(`${raw}: amounts ${want.join(' ') || 'none'}`, () => {
      const result = analyzeQuery(raw);
      assert.ok(result.ok);
      assert.deepEqual(result.query.amounts, want);
      assert.deepEqual(result.query.wordTerms.filter((w) => want.includes(w)), [], 'an amount is never a word a citation must hold');
    });
  }

  const refused: [string, string | undefined, 400 | 200, RegExp, SearchProblem][] = [
    ['nothing', undefined, 400, /type what you are looking for/, { kind: 'empty' }],
    ['spaces', '   ', 400, /type what you are looking for/, { kind: 'empty' }],
    ['invisible marks only', '\u200f\u200e\u200b', 400, /type what you are looking for/, { kind: 'empty' }],
    ['one character', '딥', 200, /at least 2 characters/, { kind: 'tooShort', minimum: 2 }],
    ['too long', 'a'.repeat(SEARCH_MAX_LENGTH + 1), 400, /at most 500 characters/, { kind: 'tooLong', maximum: 500, length: 501 }],
    ['a control character', 'deep\u0000seek', 400, /control characters/, { kind: 'control' }],
    ['a broken encoding', 'deep\uFFFDseek', 400, /not valid UTF-8/, { kind: 'unreadable' }],
  ];
  for (const [what, raw, status, message, problem] of refused) {
    it(`refuses ${what}`, () => {
      const result = analyzeQuery(raw);
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.equal(result.status, status);
        assert.match(result.message, message);
        assert.deepEqual(result.problem, problem);
      }
    });
  }

  it('drops direction marks and zero-width spaces inside words', () => {
    const result = analyzeQuery('\u202b딥\u200b시크\u202c');
    assert.ok(result.ok && result.query.text === '딥시크');
  });
});

describe('numberRanges', () => {
  const cases: [string, [string, number, number][]][] = [
    ['5.576 million', [['5.576 million', 5_575_500, 5_577_000]]],
    ['5576000', [['5576000', 5_575_500, 5_577_000]]],
    ['5,576,000 dollars', [['5,576,000', 5_575_500, 5_577_000]]],
    ['$6m', [['6m', 5_500_000, 7_000_000]]],
    ['557만', [['557만', 5_565_000, 5_580_000]]],
    ['5억 5800만 달러', [['5억 5800만', 557_500_000, 559_000_000]]],
    ['56%', [['56', 55.5, 57]]],
    ['17.2%', [['17.2', 17.15, 17.3]]],
    ['2천여개', [['2천', 1500, 3000]]],
    ['6천127억 달러', [['6천127억', 612_650_000_000, 612_800_000_000]]],
    ['880조3천273억원', [['880조3천273억', 880_327_250_000_000, 880_327_400_000_000]]],
    ['557만6000달러', [['557만6000', 5_575_500, 5_577_000]]],
    ['DeepSeek V3 and R1', []],
    ['2021 백신', [['2021', 2020.5, 2022]]],
    ['0', []],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const got = numberRanges(text).map((n) => [n.written, n.lo, n.hi]);
      assert.equal(got.length, want.length);
      got.forEach(([written, lo, hi], i) => {
        assert.equal(written, want[i][0]);
        assert.ok(Math.abs((lo as number) - want[i][1]) < 1e-9, `lo ${lo}`);
        assert.ok(Math.abs((hi as number) - want[i][2]) < 1e-9, `hi ${hi}`);
      });
    });
  }
});

describe('highlight', () => {
  it('marks terms inside longer Korean words and numbers as written', () => {
    const result = analyzeQuery('엔비디아 주가 17.2%');
    assert.ok(result.ok);
    const parts = highlighter(result.query)('엔비디아의 주가는 전 거래일보다 무려 17.2% 폭락');
    assert.deepEqual(parts.filter((p) => p.match).map((p) => p.text), ['엔비디아', '주가', '17.2']);
    assert.equal(parts.map((p) => p.text).join(''), '엔비디아의 주가는 전 거래일보다 무려 17.2% 폭락');
  });
  it('takes regular-expression characters literally', () => {
    assert.deepEqual(highlighter({ terms: ['(b)'], numbers: [] })('a (b) c').filter((p) => p.match).map((p) => p.text), ['(b)']);
  });
  const marked: [string, string[], string, string[]][] = [
    ['any case, shown as written', ['deepseek'], 'DeepSeek and DEEPSEEK', ['DeepSeek', 'DEEPSEEK']],
    ['a text whose lower case is longer (İ)', ['nvidia'], 'İ NVIDIA', ['NVIDIA']],
    ['a term written in capitals', ['Nvidia'], 'nvidia', ['nvidia']],
    ['a number whole, never inside a longer one, as search matches it', ['20'], '2025년 20%와 120, 20.5, 20', ['20', '20']],
    ['a number before a thousands comma, which the parser reads as a word apart', ['50'], 'about 50,000 H100s', ['50']],
    ['a number with its unit as written, and a decimal whole', ['557만', '17.2'], '557만 달러, 1557만, 17.2%, 17.25', ['557만', '17.2']],
    ["what the texts write for a reader's words (lib/search-vocabulary.ts)", ['stock', 'drop'], "Nvidia's share price plunged, 주가는 폭락", ['share price', 'plunged', '주가', '폭락']],
    ['a written form whole, from a word start', ['drop'], 'could not escape the fallout; it fell, 급락했다, 대폭락', ['fell', '급락']],
    ['no written form of a set in a text that says it does not apply', ['stock'], '천연가스 선물 가격(주가가 아닌 원자재)', []],
    ['a word from a word start only, as search matches it', ['us'], 'US chips, not Russia or industry; us-china', ['US', 'us']],
    ['a Korean word from a word start, with its particle after', ['딥시크'], '딥시크의 모델, 친딥시크', ['딥시크']],
  ];
  for (const [name, terms, text, expected] of marked) {
    it(`marks ${name}`, () => {
      const parts = highlighter({ terms, numbers: [] })(text);
      assert.deepEqual(parts.filter((p) => p.match).map((p) => p.text), expected);
      assert.equal(parts.map((p) => p.text).join(''), text);
    });
  }
});

describe('highlight, figures matched by value', () => {
  /** Query → text → the parts marked: an amount the text writes within a number named, as search matched it. */
  const marked: [string, string, string[]][] = [
    ['nvidia 17%', '엔비디아의 주가는 전 거래일보다 무려 17.2% 폭락하면서', ['17.2']],
    ['nvidia 17%', "Nvidia's share price plunged 17.2%, and Zimbabwe's share is 17%", ['Nvidia', '17.2', '17']],
    // Within the range but no amount (a count of days), and 17 not written whole: nothing.
    ['17%', '17.4일 동안 18% 올랐다', []],
    ['557만', '557만6000달러(약 80억원)', ['557만6000']],
    ['5.6 million', 'a cost of $5.576 million', ['5.576 million']],
    ['cost 30000', 'H100 가격은 개당 3만 달러', ['3만']],
  ];
  for (const [q, text, expected] of marked) {
    it(`“${q}” in “${text}”`, () => {
      const analysis = analyzeQuery(q);
      assert.ok(analysis.ok);
      const parts = highlighter(analysis.query)(text);
      assert.deepEqual(parts.filter((p) => p.match).map((p) => p.text), expected);
      assert.equal(parts.map((p) => p.text).join(''), text);
    });
  }
});

describe('respelling', () => {
  const cases: [string, string, string[], ReturnType<typeof respelling>][] = [
    ['every word searched as typed', 'Nvidia share price', ['nvidia', 'share', 'price'], null],
    ['a typo corrected', 'Deepsek H800', ['deepseek', 'h800'], { unknown: ['deepsek'], instead: ['deepseek'] }],
    ['a word with no correction, dropped', 'Nvidia stock drop', ['nvidia', 'stock'], { unknown: ['drop'], instead: [] }],
    ['two words, one correction', 'Nvdia Jensen', ['nvidia'], { unknown: ['nvdia', 'jensen'], instead: ['nvidia'] }],
    ['a word corrected to several', 'Nvidai', ['nvidia', 'navy'], { unknown: ['nvidai'], instead: ['nvidia', 'navy'] }],
    ['corrections one starts another: said once', 'Deepsek H800', ['deepseek', 'deepseek-r1', 'deepseek-r1이', 'h800'], { unknown: ['deepsek'], instead: ['deepseek'] }],
    ['a number read as a value, not searched as a word', 'cost 30000', ['cost'], null],
    ['a Korean word searched without its particle', '엔비디아의 주가는', ['엔비디아', '주가'], null],
    ['a word said as typed, not as searched', '미니맥스 상장일은 prices', ['미니맥스'], { unknown: ['상장일은', 'prices'], instead: [] }],
  ];
  for (const [name, q, searched, expected] of cases) {
    it(name, () => {
      const analysis = analyzeQuery(q);
      assert.ok(analysis.ok);
      assert.deepEqual(respelling(analysis.query, searched), expected);
    });
  }
});
