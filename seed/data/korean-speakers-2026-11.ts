/**
 * Each named speaker in Korean, as the articles themselves write the name (개빈 베이커, 알렉산더
 * 왕, 린쥔양, 데미스 하사비스, 월스트리트저널(WSJ), 디인포메이션, 마이크로소프트(MS),
 * 중국정보통신연구원(CAICT)), for the seed entry `korean-speakers-2026-11`. Where the English
 * says whose report carries the claim ('per whytimes.kr'), the Korean says so too (보도).
 */
export const CLAIM_SPEAKER_KO: Record<string, string> = {
  'nvidia-share-price-change-whytimes': '월스트리트저널(WSJ)',
  'nvidia-market-value-lost-whytimes': '월스트리트저널(WSJ)',
  'deepseek-v3-development-cost-whytimes': '딥시크(whytimes.kr 보도)',
  'deepseek-v3-development-cost-segye': '딥시크(세계일보 보도)',
  'deepseek-v3-development-cost-baker': '개빈 베이커',
  'deepseek-h800-gpus-whytimes': '딥시크(whytimes.kr 보도)',
  'deepseek-alleged-h100-holdings-wang': '알렉산더 왕',
  'nvidia-revenue-share-via-singapore-baker': '개빈 베이커',
  'nvidia-gpus-probably-not-in-singapore-baker': '개빈 베이커',
  'us-china-compute-ratio-lin-junyang': '린쥔양',
  'china-ai-lead-probability-lin-junyang-body': '린쥔양',
  'china-ai-lead-probability-lin-junyang-headline': '린쥔양',
  'china-ai-lead-probability-qwen-lead-newsletter': '알리바바 Qwen 팀 기술 책임자(이름 미상)',
  'deepseek-model-updates-since-r1-cnbc': 'CNBC',
  'meta-deepseek-war-rooms-the-information': '디인포메이션',
  'deepseek-ai-market-share-ethiopia-microsoft': '마이크로소프트(MS) 자체 연구',
  'deepseek-ai-market-share-zimbabwe-microsoft': '마이크로소프트(MS) 자체 연구',
  'deepseek-ai-market-share-belarus-microsoft': '마이크로소프트(MS) 자체 연구',
  'deepseek-ai-market-share-cuba-microsoft': '마이크로소프트(MS) 자체 연구',
  'deepseek-ai-market-share-russia-microsoft': '마이크로소프트(MS) 자체 연구',
  'china-ai-industry-size-caict': '중국정보통신연구원(CAICT)',
  'invention-vs-copying-difficulty-hassabis': '데미스 하사비스',
  'entry-level-jobs-ai-impact-year-hassabis': '데미스 하사비스',
  'us-china-compute-ratio-qwen-lead-newsletter': '알리바바 Qwen 팀 기술 책임자(이름 미상)',
};
