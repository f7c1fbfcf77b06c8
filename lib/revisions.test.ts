import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedFields, changeKind, diffText, type DiffPart } from './revisions';

const show = (parts: DiffPart[]) => parts.map((p) => (p.change === 'same' ? p.text : p.change === 'removed' ? `[-${p.text}]` : `[+${p.text}]`)).join('');

describe('diffText', () => {
  const cases: [string, string, string, string][] = [
    ['a word dropped', 'prior research and ablation experiments', 'prior research and experiments', 'prior research and[- ablation] experiments'],
    ['words replaced, old before new', 'a model it says outperforms ChatGPT', 'a model said to outperform ChatGPT', 'a model[- it says outperforms][+ said to outperform] ChatGPT'],
    ['Korean cut at spaces', '미국 컴퓨팅 인프라는 중국의 1~2자릿수 크다고', '미국 컴퓨팅 인프라는 중국의 10배 크다고', '미국 컴퓨팅 인프라는 중국의[- 1~2자릿수][+ 10배] 크다고'],
    ['added at the end', 'Price of one H100', 'Price of one H100 chip', 'Price of one H100[+ chip]'],
    ['everything new', '', 'new text', '[+new text]'],
    ['nothing left', 'old text', '', '[-old text]'],
    ['the same', 'same text', 'same text', 'same text'],
  ];
  for (const [what, before, after, want] of cases) it(what, () => assert.equal(show(diffText(before, after)), want));

  it('puts back both texts exactly', () => {
    const before = "Baker's round framing (no hedge word); the next paragraph has him say";
    const after = "Baker's round framing; which model is an inference, so both are cited";
    const parts = diffText(before, after);
    assert.equal(parts.filter((p) => p.change !== 'added').map((p) => p.text).join(''), before);
    assert.equal(parts.filter((p) => p.change !== 'removed').map((p) => p.text).join(''), after);
  });
});

describe('changedFields', () => {
  it('lists only the fields that differ, in reading order, a Korean twin after its English one', () => {
    assert.deepEqual(
      changedFields({ id: 1, label: 'Old', noteKo: null, description: 'Same', validFrom: 1 }, { id: 1, label: 'New', noteKo: '메모', description: 'Same', validFrom: 2 }),
      [
        { field: 'label', before: 'Old', after: 'New' },
        { field: 'noteKo', before: null, after: '메모' },
      ],
    );
  });
  it('shows an added row as every field it holds, and numbers and nulls as text', () => {
    assert.deepEqual(changedFields(null, { key: 'k', value: 5576000, speaker: null }), [
      { field: 'key', before: null, after: 'k' },
      { field: 'value', before: null, after: '5576000' },
    ]);
  });
  const kinds: [unknown, unknown, string][] = [
    [null, {}, 'added'],
    [{}, {}, 'changed'],
    [{}, null, 'withdrawn'],
  ];
  for (const [before, after, want] of kinds) it(`${want}`, () => assert.equal(changeKind(before, after), want));
});
