import type { SeedRevision } from '../history';
import { CLAIM_SPEAKER_KO } from './korean-speakers-2026-11';
import { CLAIM_TEXTS_KO, METRIC_SUBJECT_KO, SOURCE_NOTES_KO } from './korean-notes-2026-11';
import { METRIC_KO } from './korean-texts-2026-11';

/**
 * Every change to the facts since they were first loaded, oldest first, each with its reason:
 * shown in each metric's history and in the changes feed. Add a correction as a new entry at the
 * end; never edit one that has landed (a database that applied it would refuse the seed).
 */

const STOCK_DATE_NOTE =
  "Not printed as a date: the paragraph with this figure names no day. It continues from Nvidia's fall ('또 다른 AI산업 수혜주 브로드컴도', Broadcom, another AI-industry beneficiary, also), which the article relays from the Wall Street Journal's report of the 28th (local time) as a fall from the previous trading day ('전 거래일'); the next paragraph dates the energy-stock falls '이날' (that day). The session is inferred to be Monday 27 Jan 2025: the article was registered at 05:00 on 29 Jan 2025 (taken as Korean time), before the US session of the 28th closed.";
const STOCK_DATE_REASON =
  "The date note quoted '이날' (that day), which is not in this figure's paragraph. It now says what the date rests on: the Wall Street Journal report on Nvidia that the paragraph follows, and the article's registration time.";

const TSMC_ASML_QUOTE = '마블테크놀로지(19.10%), 마이크론테크놀로지(11.71%) 등도 급락했다. 반도체 제조사 TSMC(13.33%)와 ASML(5.75%)도 유탄을 피할 수 없었다';
const TSMC_ASML_TRANSLATION =
  'Marvell Technology (19.10%), Micron Technology (11.71%) and others also fell sharply. Chipmakers TSMC (13.33%) and ASML (5.75%) could not escape the fallout either';
const TSMC_ASML_NOTE =
  "The TSMC/ASML sentence gives only the magnitude in parentheses and says they 'could not escape the fallout either' (유탄을 피할 수 없었다); no minus sign or word of falling is printed for these two. The quote includes the sentence before it ('… 등도 급락했다', … also fell sharply), which shows the list of falls it continues; stored as a fall from that context. Stated in the article's own voice, in the passage following its quotation of the Wall Street Journal.";
const TSMC_ASML_REASON =
  "The quote now includes the preceding clause '…등도 급락했다' (…also fell sharply): the sentence on TSMC and ASML gives only the percentages and 'could not escape the fallout', so storing them as falls rests on that list of falls, as the note now says.";

const QWEN_LEAD = "Technical lead of Alibaba's Qwen team (unnamed)";
const QWEN_LEAD_ROLE =
  "Described only as '알리바바 Qwen 팀을 이끄는 기술 책임자' (the technical lead heading Alibaba's Qwen team); relayed as hearsay ('지적했다고 한다', reportedly pointed out) by the startup newsletter";
const QWEN_LEAD_REASON =
  "The newsletter names no one: '알리바바 Qwen 팀을 이끄는 기술 책임자 … 지적했다고 한다'. The speaker is now shown as the text gives it; that it is Lin Junyang, whom Seoul Economic Daily names, is marked as an inference.";

const ROUNDTABLE_NOTE =
  "Date of the statement at the AGI-Next Frontier roundtable, which the article dates '10일(현지 시간)' (the 10th, local time) and whose remarks it introduces with '이날' (that day); the Seoul Economic Daily article prints no date; its month is inferred as January 2026.";
const ROUNDTABLE_REASON =
  "Dated to 10 January 2026, like the roundtable itself: the article dates the roundtable '10일(현지 시간)' and introduces the remarks with '이날' (that day); the month is inferred, as for the article's other dates.";

export const revisions: SeedRevision[] = [
  {
    id: 'independent-reading-2026-11',
    summary: 'Corrections from an independent reading of the articles: a translation, quotes, speakers, date notes and labels',
    changes: [
      {
        citation: 'c002-deepseek-cost-baker',
        set: {
          translation:
            "according to (DeepSeek's) technical document, the $6 million (about 8.6 billion won) (stated as the development cost) does not include 'costs associated with prior research and experiments on architectures, algorithms and data'",
        },
        reason: "The Korean says '이전의 연구와 실험' (prior research and experiments); the earlier translation added the word 'ablation', which the text does not contain.",
      },
      {
        addCitation: {
          key: 'c002-deepseek-cost-baker-r1',
          source: 'whytimes-2025-01-29-deepseek-shock',
          quote: '이것은 연구실에서 이미 수억달러를 이전 연구에 지출했고 훨씬 더 큰 (칩) 클러스터에 접근할 수 있다면 6백만달러만 들여 R1 퀄리티 모델을 훈련할 수 있다는 것을 의미한다',
          statedText: '6백만달러',
          translation:
            'this means that if a lab has already spent hundreds of millions of dollars on prior research and has access to a much larger (chip) cluster, it can train an R1-quality model for only $6 million',
          paragraph: 31,
        },
        to: 'deepseek-v3-development-cost-baker',
        reason: "Baker's next sentence ties the $6 million to an 'R1-quality model', not to V3: it is cited beside the first, so a reader sees both passages.",
      },
      {
        claim: 'deepseek-v3-development-cost-baker',
        set: {
          note: "Baker's round framing of DeepSeek's stated cost (no hedge word printed on the dollar figure); he argues it excludes prior research and experiments. Which model the $6m is for is an inference: the first quoted passage names no model, and in the next paragraph Baker says $6m can train an 'R1 퀄리티 모델' (R1-quality model), so both passages are cited. It is filed under V3 because the same article gives DeepSeek's own disclosed figure (557만6000달러) as V3's development cost, and $6m reads as a rounding of it. The parenthetical '(개발 비용으로 밝힌)' is the article's insertion.",
        },
        reason: 'The note now says that filing the figure under DeepSeek V3 is an inference: the text does not name the model, and the next sentence speaks of R1.',
      },
      {
        claim: 'china-ai-lead-probability-qwen-lead-newsletter',
        set: {
          speaker: QWEN_LEAD,
          speakerRole: QWEN_LEAD_ROLE,
          note: "The newsletter names no one. Likely Lin Junyang (inference, not stated in this text): Seoul Economic Daily names 린쥔양 (Lin Junyang) as technical lead of Alibaba's Qwen and reports him giving 'about 20%' at a roundtable on the 10th. The newsletter says '20% 미만' (under 20%), and 'overtake US tech giants' rather than 'reach the global lead'. Undated in the newsletter.",
        },
        reason: QWEN_LEAD_REASON,
      },
      {
        addClaim: {
          key: 'us-china-compute-ratio-qwen-lead-newsletter',
          metric: 'us-china-compute-ratio',
          qualifier: 'range',
          lower: 10,
          upper: 100,
          kind: 'estimate',
          speaker: QWEN_LEAD,
          speakerRole: QWEN_LEAD_ROLE,
          note: "The newsletter names no one. Likely Lin Junyang (inference, not stated in this text): Seoul Economic Daily names 린쥔양 (Lin Junyang) as technical lead of Alibaba's Qwen and reports him giving the same 1~2자릿수 at a roundtable on the 10th. 1~2자릿수 (one to two orders of magnitude) = 10–100x; the newsletter does not spell this out. Undated in the newsletter.",
          citations: [],
        },
        reason: "The newsletter's compute-gap remark comes from an unnamed speaker, so it stands as a claim of its own rather than one attributed to Lin Junyang.",
      },
      {
        moveCitation: 'c000-us-china-compute-gap',
        to: 'us-china-compute-ratio-qwen-lead-newsletter',
        reason: QWEN_LEAD_REASON,
      },
      {
        citation: 'c000-us-china-compute-gap',
        set: {
          quote: '알리바바 Qwen 팀을 이끄는 기술 책임자는 향후 3~5년 내에 중국 기업이 AI 분야에서 미국 테크 대기업을 넘어설 가능성은 20% 미만이며 미국 컴퓨팅 인프라는 중국의 1~2자릿수 크다고 지적했다고 한다',
          translation:
            "the technical lead heading Alibaba's Qwen team reportedly pointed out that the probability that Chinese companies overtake US tech giants in AI within the next 3 to 5 years is under 20%, and that US computing infrastructure is one to two orders of magnitude larger than China's",
        },
        reason: 'The quote now includes the start of its sentence, which says who speaks, as the text gives it.',
      },
      {
        claim: 'us-china-compute-ratio-lin-junyang',
        set: {
          refDate: '2026-01-10',
          refDateNote: ROUNDTABLE_NOTE,
          note: "Seoul Economic Daily spells out '1~2자릿수' as 10~100배 (10–100x). The startup newsletter relays a similar remark from an unnamed technical lead of Alibaba's Qwen team; it is kept as a separate claim.",
        },
        reason: `${ROUNDTABLE_REASON} The newsletter's citation, which names no speaker, moved to a claim of its own.`,
      },
      { claim: 'china-ai-lead-probability-lin-junyang-body', set: { refDate: '2026-01-10', refDateNote: ROUNDTABLE_NOTE }, reason: ROUNDTABLE_REASON },
      {
        claim: 'china-ai-lead-probability-lin-junyang-headline',
        set: {
          refDate: '2026-01-10',
          refDateNote:
            "The subheadline prints no date; it paraphrases Lin's remark at the roundtable, which the article body dates '10일(현지 시간)' (the 10th, local time); the Seoul Economic Daily article prints no date; its month is inferred as January 2026.",
        },
        reason: ROUNDTABLE_REASON,
      },
      { citation: 'c002-tsmc-drop', set: { quote: TSMC_ASML_QUOTE, translation: TSMC_ASML_TRANSLATION }, reason: TSMC_ASML_REASON },
      { citation: 'c002-asml-drop', set: { quote: TSMC_ASML_QUOTE, translation: TSMC_ASML_TRANSLATION }, reason: TSMC_ASML_REASON },
      { claim: 'tsmc-share-price-change-whytimes', set: { note: TSMC_ASML_NOTE, refDateNote: STOCK_DATE_NOTE }, reason: `${TSMC_ASML_REASON} ${STOCK_DATE_REASON}` },
      { claim: 'asml-share-price-change-whytimes', set: { note: TSMC_ASML_NOTE, refDateNote: STOCK_DATE_NOTE }, reason: `${TSMC_ASML_REASON} ${STOCK_DATE_REASON}` },
      { claim: 'broadcom-share-price-change-whytimes', set: { refDateNote: STOCK_DATE_NOTE }, reason: STOCK_DATE_REASON },
      { claim: 'marvell-technology-share-price-change-whytimes', set: { refDateNote: STOCK_DATE_NOTE }, reason: STOCK_DATE_REASON },
      { claim: 'micron-technology-share-price-change-whytimes', set: { refDateNote: STOCK_DATE_NOTE }, reason: STOCK_DATE_REASON },
      {
        metric: 'alibaba-model-release-date',
        set: {
          label: 'When Alibaba released an AI model said to outperform ChatGPT',
          description: "When Alibaba released an AI model that the Segye Ilbo opinion piece describes as said to outperform ChatGPT ('챗GPT를 능가한다는'); the piece does not say who makes that claim.",
        },
        reason: "The article calls it a model 'said to outperform ChatGPT' (챗GPT를 능가한다는) without saying who says so; the label no longer attributes the claim to Alibaba.",
      },
      {
        metric: 'huawei-2021-revenue-vs-pre-sanction',
        set: {
          label: "Huawei's 2021 revenue as a share of an earlier level (implied: pre-sanction)",
          description:
            "Huawei's 2021 revenue as a percentage of an earlier level the text does not name: it says only that 2021 revenue shrank to about a third ('3분의 1 수준으로 쪼그라들었다'). The baseline, revenue before the May 2019 US export ban, is implied by the surrounding sentences (the ban, then '제재 이전 실적을 거의 회복했다', nearly recovered its pre-sanction results), not stated.",
        },
        reason: "The article says only that Huawei's 2021 revenue 'shrank to about a third' and names no baseline; the label now says the pre-sanction baseline is implied, not stated.",
      },
      {
        metric: 'deepseek-r1-cost-share-of-openai',
        set: {
          label: "DeepSeek-R1 development cost as a share of OpenAI's cost (model unspecified)",
          description:
            "DeepSeek-R1's development cost as reportedly known at the time ('알려졌으며'), expressed as a percentage of OpenAI's cost. The text says only '오픈AI 3% 정도 비용' (about 3% of OpenAI's cost): it does not say which OpenAI model or what cost is the yardstick.",
        },
        reason: "The newsletter compares R1's cost with 'OpenAI's' cost without naming a model; the description had added 'comparable (latest) model', which the text does not say.",
      },
      {
        metric: 'natural-gas-futures-price-change-2025-01-27',
        set: {
          label: 'Natural-gas futures one-day price change, 27 Jan 2025 (commodity, not a share)',
          description:
            "One-day percentage change in the price of natural-gas futures (a commodity futures price, not a share price), reported in the same paragraph as the energy-stock falls of the DeepSeek sell-off, which it dates '이날' (that day), inferred 27 Jan 2025; the article names no exchange or contract. Negative = fall.",
        },
        reason: "Natural-gas futures are a commodity price, not a share: the label and description now say so, and the unsupported '(US trading)' is dropped.",
      },
      {
        metric: 'nvidia-h100-unit-price',
        set: {
          label: 'Price of one Nvidia H100 chip',
          description: "Reported price of a single Nvidia H100 GPU, stated as commonly known ('알려져 있으며'); the article gives no date for the price.",
        },
        reason: "Removed 'as of Jan 2025' from the label: the article gives no date for the H100 price, and none is stored.",
      },
    ],
  },
  {
    id: 'korean-texts-2026-11',
    summary: 'Korean labels and descriptions for every metric, for the Korean pages and exports',
    changes: Object.entries(METRIC_KO).map(([metric, set]) => ({
      metric,
      set,
      reason: 'The Korean label and description, written for Korean readers; names as the Korean press writes them.',
    })),
  },
  {
    id: 'korean-speakers-2026-11',
    summary: 'Every named speaker in Korean, for the Korean pages',
    changes: Object.entries(CLAIM_SPEAKER_KO).map(([claim, speakerKo]) => ({
      claim,
      set: { speakerKo },
      reason: 'The speaker as the Korean articles write the name.',
    })),
  },
  {
    id: 'korean-notes-2026-11',
    summary: 'The notes beside every figure in Korean: speaker roles, rank reasons, date notes and notes, the sources’ date notes, and each metric’s subject',
    changes: [
      ...Object.entries(SOURCE_NOTES_KO).map(([source, publishedNoteKo]) => ({
        source,
        set: { publishedNoteKo },
        reason: 'How the article’s date was found, in Korean for the Korean pages.',
      })),
      ...Object.entries(METRIC_SUBJECT_KO).map(([metric, subjectKo]) => ({
        metric,
        set: { subjectKo },
        reason: 'The subject as Korean readers name it.',
      })),
      ...Object.entries(CLAIM_TEXTS_KO).map(([claim, set]) => ({
        claim,
        set,
        reason: 'The notes on this claim in Korean, for the Korean pages; quoted Korean passages are the article’s own words.',
      })),
    ],
  },
];
