import type { SourceSeed } from '../schema';

// Generated from the five articles in shared/articles: every quote is sliced verbatim from its article
// and every paragraph number is computed, not typed.
export const sources: SourceSeed[] = [
  {
    // Startup-news newsletter page ('이메일로 만나보는 스타트업 가이드'). The text names no publisher,
    // prints no headline, byline, date or URL, so all of those are null rather than guessed.
    slug: 'newsletter-undated-davos-china-ai',
    articleFile: '000_88585270af860a98.txt',
    publisher: null,
    publisherEn: null,
    title: null,
    byline: null,
    published: null,
    publishedBasis: null,
    publishedNote: 'No date printed. The text reports Davos remarks and says chip-export restrictions were eased in January 2026, so it dates from January 2026 or later; no closer date is known.',
    url: null,
    language: 'ko',
  },
  {
    // Title is the headline printed in the text. No URL is printed.
    slug: 'sedaily-2026-01-china-ai-gap',
    articleFile: '001_059b92a04e5dc1f0.txt',
    publisher: '서울경제',
    publisherEn: 'Seoul Economic Daily',
    title: '시장서 환호한 중국 AI···정작 내부선 "美와 격차" 신중',
    byline: '박윤선 기자',
    published: '2026-01',
    publishedBasis: 'inferred',
    publishedNote: "No date printed. Inferred from the events it reports: a roundtable held on the '10th (local time)' just after Zhipu AI's and MiniMax's Hong Kong IPOs on the 8th, and China's EUV prototype of 'December last year' (2025), which place it in January 2026.",
    url: null,
    language: 'ko',
  },
  {
    // [정세분석] column. Title is the main headline printed in the text (the sub-heads after ' - ' are left out).
    slug: 'whytimes-2025-01-29-deepseek-shock',
    articleFile: '002_594a4f23aae306df.txt',
    publisher: 'whytimes.kr',
    publisherEn: 'whytimes.kr',
    title: "[정세분석] 中 AI '딥시크' 충격에 美 ‘전쟁’ 선포, 中 AI산업 발전 제발등 찍는 계기될 수도...",
    byline: '추부길 편집인',
    published: '2025-01-29',
    publishedBasis: 'printed',
    publishedNote: "Printed as '기사등록 2025-01-29 05:00:47'.",
    url: 'http://whytimes.kr/news/view.php?idx=21468',
    language: 'ko',
  },
  {
    // Opinion piece. The text prints no headline and no byline, so both are null rather than guessed. No URL is printed.
    slug: 'segye-2025-02-03-deepseek-opinion',
    articleFile: '003_beeaa57e118b7f5a.txt',
    publisher: '세계일보',
    publisherEn: 'Segye Ilbo',
    title: null,
    byline: null,
    published: '2025-02-03',
    publishedBasis: 'printed',
    publishedNote: "Printed as '입력 : 2025-02-03 23:09:43' (수정 2025-02-03 23:09:42).",
    url: null,
    language: 'ko',
  },
  {
    // The text opens with three short deck lines but no line identifiable as the headline, so title is null
    // rather than guessed. No URL is printed. The body is repeated after the byline; quotes cite the first copy.
    slug: 'kmib-2026-01-ai-hegemony',
    articleFile: '004_e9b9342354bce225.txt',
    publisher: '국민일보',
    publisherEn: 'Kukmin Ilbo',
    title: null,
    byline: '박선영 기자',
    published: '2026-01',
    publishedBasis: 'inferred',
    publishedNote: "No date printed. Inferred from the events it reports as '지난 21일' (Amodei's warning), '지난 14일' (US eased chip-export limits for a 25% tariff) and '지난 13일' (Brad Smith's FT interview), and from DeepSeek having shocked the world '1년 전' (a year ago), which place it in late January 2026.",
    url: null,
    language: 'ko',
  },
];
