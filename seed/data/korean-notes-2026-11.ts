/**
 * The editorial texts Korean pages show beside each figure, in Korean, for the seed entry
 * 'korean-notes-2026-11': each claim's speaker role, rank reason, date note and note, each source's
 * date note, and each metric's subject as Korean readers name it. Quoted Korean passages are the
 * articles' own words, kept verbatim. Part of a landed entry once it lands: correct a text with a
 * new entry (and its English twin with it), never here.
 */

export interface ClaimTextsKo {
  speakerRoleKo?: string;
  rankReasonKo?: string;
  refDateNoteKo?: string;
  noteKo?: string;
}

export const CLAIM_TEXTS_KO: Record<string, ClaimTextsKo> = {
  'agi-next-frontier-roundtable-companies-sedaily': {
    refDateNoteKo: "원탁회의는 '10일(현지 시간)' 열렸다. 서울경제 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
    noteKo: "기사에 이름이 나온 참석자의 소속은 즈푸AI, 알리바바(큐웬), 문샷, 텐센트다.",
  },
  'agi-next-frontier-roundtable-date-sedaily': {
    refDateNoteKo: "기사 표기는 '10일(현지 시간)'이다. 서울경제 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
  },
  'ai-researchers-2022-china-segye': {
    refDateNoteKo: "'2022년 기준'이라는 표기는 중국 수치 뒤에 붙어 있으며 비교 전체에 적용된다.",
  },
  'ai-researchers-2022-india-segye': {
    refDateNoteKo: "'2022년 기준'이라는 표기는 중국 수치 뒤에 붙어 있으며 비교 전체에 적용된다.",
  },
  'ai-researchers-2022-united-states-segye': {
    refDateNoteKo: "'2022년 기준'이라는 표기는 중국 수치 뒤에 붙어 있으며 비교 전체에 적용된다.",
  },
  'alibaba-model-release-date-segye': {
    refDateNoteKo: "2025년 2월 3일 게재된 오피니언 기사의 '지난달 말'이므로 2025년 1월 하순이다. 날짜(일)는 제시되지 않았다.",
  },
  'amodei-north-korea-warning-date-kmib': {
    refDateNoteKo: "기사 표기는 '지난 21일(현지시간)'이다. 국민일보 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
    noteKo: "스타트업 뉴스레터는 같은 발언을 다보스 행사(Bloomberg House Davos)에서 나온 것으로 날짜 없이 전한다.",
  },
  'asml-share-price-change-whytimes': {
    refDateNoteKo: "날짜로 표기되지 않았다. 이 수치가 나온 문단에는 날짜가 없다. 이 문단은 엔비디아 주가 하락에 이어지는 내용이며('또 다른 AI산업 수혜주 브로드컴도'), 기사는 엔비디아 하락을 월스트리트저널(WSJ)의 28일(현지시간) 보도를 인용해 '전 거래일' 대비 하락으로 전한다. 다음 문단은 에너지주 급락을 '이날'의 일로 적는다. 기사 등록 시각이 2025년 1월 29일 05시(한국 시간으로 간주)로 28일 미국 장 마감 이전이므로, 해당 거래일은 2025년 1월 27일(월)로 추정된다.",
    noteKo: "TSMC·ASML 문장은 괄호 안에 변동 폭만 적고 두 회사도 '유탄을 피할 수 없었다'고 썼을 뿐, 두 회사에 대해서는 마이너스 부호도, 하락을 뜻하는 표현도 없다. 인용문에 앞 문장('… 등도 급락했다')까지 포함해 이 문장이 하락 종목 나열을 잇는다는 점을 보였고, 이 문맥에 따라 하락으로 저장했다. 기사가 월스트리트저널(WSJ) 보도를 인용한 뒤 이어지는 대목에서 자체 서술로 제시한 수치다.",
  },
  'brad-smith-ft-interview-date-kmib': {
    refDateNoteKo: "기사 표기는 '지난 13일'이다. 국민일보 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
  },
  'broadcom-share-price-change-whytimes': {
    refDateNoteKo: "날짜로 표기되지 않았다. 이 수치가 나온 문단에는 날짜가 없다. 이 문단은 엔비디아 주가 하락에 이어지는 내용이며('또 다른 AI산업 수혜주 브로드컴도'), 기사는 엔비디아 하락을 월스트리트저널(WSJ)의 28일(현지시간) 보도를 인용해 '전 거래일' 대비 하락으로 전한다. 다음 문단은 에너지주 급락을 '이날'의 일로 적는다. 기사 등록 시각이 2025년 1월 29일 05시(한국 시간으로 간주)로 28일 미국 장 마감 이전이므로, 해당 거래일은 2025년 1월 27일(월)로 추정된다.",
    noteKo: "기사가 월스트리트저널(WSJ) 보도를 인용한 뒤 이어지는 대목에서 자체 서술로 제시한 수치다.",
  },
  'chatgpt-development-cost-segye': {
    noteKo: "해당 문장은 '딥시크 주장에 따르면'으로 시작한다. ChatGPT 수치까지 딥시크 주장에 포함되는지는 모호해 기사 자체의 서술로 저장했다. 어느 ChatGPT 모델을 가리키는지는 명시되지 않았다.",
  },
  'china-ai-industry-size-caict': {
    speakerRoleKo: "중국정보통신연구원(CAICT), 국민일보 보도",
    refDateNoteKo: "'지난해'는 전망 대상 연도로 해석했다. 국민일보 기사에는 날짜가 표기되지 않아 월은 2026년 1월로 추정되며, 따라서 지난해는 2025년이다. CAICT가 지난해에 이 전망을 내놓았다는 뜻으로도 읽을 수 있다.",
    noteKo: "실측치가 아닌 전망('돌파할 것이라고 봤다')이다.",
  },
  'china-ai-lead-probability-lin-junyang-body': {
    speakerRoleKo: "알리바바 오픈소스 모델 큐웬(Qwen) 기술책임자, AGI·넥스트프런티어 원탁회의 발언(서울경제, 블룸버그통신·중국 현지 매체 인용)",
    rankReasonKo: "기사 본문에 실린 실명 발언자의 직접 인용이다. 같은 기사의 부제('최대 20%')와 스타트업 뉴스레터('20% 미만')는 이를 상한 표현으로 바꿔 썼다.",
    refDateNoteKo: "AGI·넥스트프런티어 원탁회의 발언 날짜다. 기사는 회의 날짜를 '10일(현지 시간)'로 적고 발언을 '이날'로 소개한다. 서울경제 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
    noteKo: "그는 이것조차 '매우 낙관적인 추정'이라고 덧붙였다.",
  },
  'china-ai-lead-probability-lin-junyang-headline': {
    speakerRoleKo: "알리바바 오픈소스 모델 큐웬(Qwen) 기술책임자, AGI·넥스트프런티어 원탁회의 발언을 서울경제 부제가 바꿔 쓴 것",
    refDateNoteKo: "부제에는 날짜가 없다. 부제는 원탁회의에서 나온 린쥔양의 발언을 바꿔 쓴 것으로, 본문은 회의 날짜를 '10일(현지 시간)'로 적는다. 서울경제 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
    noteKo: "부제는 본문의 '약 20%'를 '최대 20%'로, '글로벌 선두'를 '美추월'로 바꿔 썼다.",
  },
  'china-ai-lead-probability-qwen-lead-newsletter': {
    speakerRoleKo: "'알리바바 Qwen 팀을 이끄는 기술 책임자'로만 소개됐다. 스타트업 뉴스레터가 전언 형태('지적했다고 한다')로 전했다.",
    noteKo: "뉴스레터는 실명을 밝히지 않았다. 린쥔양일 가능성이 높다(추정이며 이 글에는 명시되지 않음). 서울경제는 린쥔양을 알리바바 큐웬(Qwen) 기술책임자로 소개하고, 그가 10일 원탁회의에서 '약 20%'를 제시했다고 보도했다. 뉴스레터는 '20% 미만'이라고 썼고, '글로벌 선두에 오를' 대신 '미국 테크 대기업을 넘어설'이라고 표현했다. 뉴스레터에는 날짜가 없다.",
  },
  'china-euv-prototype-date-sedaily': {
    refDateNoteKo: "기사 표기는 '지난해 12월'이다. 서울경제 기사에는 날짜가 표기되지 않아 월은 2026년 1월로 추정되며, 따라서 지난해는 2025년이다.",
    noteKo: "기사는 상용화까지 최소 수년이 걸릴 것이라는 분석도 덧붙였다.",
  },
  'constellation-energy-share-price-change-whytimes': {
    refDateNoteKo: "날짜로 표기되지 않았다. 기사(2025년 1월 29일 등록)는 이 하락을 엔비디아 하락과 같은 거래일('이날')의 일로 전하며, 엔비디아 하락은 월스트리트저널(WSJ)의 28일(현지시간) 보도를 인용해 전 거래일 대비 변동으로 전한다. 따라서 해당 거래일은 2025년 1월 27일(월)로 추정된다.",
    noteKo: "'콘스텔레이션 에너지, GE버노바 등'에 수치가 하나만 제시돼(등은 21% 급락) 같은 인용문이 각 회사의 주장을 뒷받침한다. 각 회사가 정확히 21% 하락했는지는 기사에 명시되지 않았다. 기사가 월스트리트저널(WSJ) 보도를 인용한 뒤 이어지는 대목에서 자체 서술로 제시한 수치다.",
  },
  'deepseek-ai-market-share-belarus-microsoft': {
    speakerRoleKo: "마이크로소프트(MS) 자체 연구, 국민일보 보도",
    noteKo: "연구 결과로 제시됐다. 해당 문장에는 마이크로소프트(MS) 연구라는 출처가 다시 나오지 않지만, 이를 소개한 문단에 이어지는 문장이다.",
  },
  'deepseek-ai-market-share-cuba-microsoft': {
    speakerRoleKo: "마이크로소프트(MS) 자체 연구, 국민일보 보도",
    noteKo: "연구 결과로 제시됐다. 해당 문장에는 마이크로소프트(MS) 연구라는 출처가 다시 나오지 않지만, 이를 소개한 문단에 이어지는 문장이다.",
  },
  'deepseek-ai-market-share-ethiopia-microsoft': {
    speakerRoleKo: "마이크로소프트(MS) 자체 연구, 국민일보 보도",
    noteKo: "연구 결과('조사됐다')로 제시됐다. 조사 기간은 명시되지 않았다.",
  },
  'deepseek-ai-market-share-russia-microsoft': {
    speakerRoleKo: "마이크로소프트(MS) 자체 연구, 국민일보 보도",
    noteKo: "연구 결과로 제시됐다. 해당 문장에는 마이크로소프트(MS) 연구라는 출처가 다시 나오지 않지만, 이를 소개한 문단에 이어지는 문장이다.",
  },
  'deepseek-ai-market-share-zimbabwe-microsoft': {
    speakerRoleKo: "마이크로소프트(MS) 자체 연구, 국민일보 보도",
    noteKo: "연구 결과('조사됐다')로 제시됐다. 조사 기간은 명시되지 않았다.",
  },
  'deepseek-alleged-h100-holdings-wang': {
    speakerRoleKo: "스케일AI 최고경영자(CEO). 일론 머스크가 공유한 X 게시물이 전한 내용으로(머스크는 '분명히'(Obviously)라는 댓글을 달았다), 게시물은 왕의 CNBC 인터뷰와 함께 올라왔다.",
    noteKo: "입증되지 않은 의혹으로, 간접적으로 전해진 내용이다(머스크가 공유한 게시물이 왕의 발언을 요약).",
  },
  'deepseek-h800-gpus-segye': {
    noteKo: "세계일보는 H800 2048개를 R1에 쓴 것으로, whytimes.kr은 (딥시크 기술보고서를 인용해) H800 '2천여개'를 V3에 쓴 것으로 적었다.",
  },
  'deepseek-h800-gpus-whytimes': {
    speakerRoleKo: "딥시크 기술보고서, whytimes.kr 인용",
    noteKo: "whytimes.kr은 해당 모델을 V3로 적었다(세계일보는 R1). 기사는 머스크의 게시물 내용이 사실이라면 이 내용은 사실상 거짓이 된다고 덧붙였다.",
  },
  'deepseek-model-updates-since-r1-cnbc': {
    speakerRoleKo: "미국 경제 방송, 서울경제 보도",
    refDateNoteKo: "기사 작성 시점 기준 횟수다. 서울경제 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
  },
  'deepseek-model1-code-report-date-kmib': {
    refDateNoteKo: "'지난 21일'은 매체 보도 날짜다. 국민일보 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
  },
  'deepseek-r1-cost-share-of-openai-newsletter': {
    noteKo: "DeepSeek-R1에 관해 당시 알려진 내용('알려졌으며')으로 제시됐다.",
  },
  'deepseek-r1-release-date-newsletter-2024-11': {
    rankReasonKo: "같은 뉴스레터가 뒤에서 쓴 '지난 2025년 1월', 그리고 R1이 그달 20일 나왔다고 한 whytimes.kr(2025년 1월 29일 등록)과 어긋난다.",
    noteKo: "출처 간 내용이 엇갈려 표기된 그대로 보존했다.",
  },
  'deepseek-r1-release-date-newsletter-2025-01': {
    noteKo: "같은 뉴스레터는 앞부분에서 '2024년 11월'이라고 적었다.",
  },
  'deepseek-r1-release-date-whytimes': {
    rankReasonKo: "날짜(일)까지 특정되고 당시에 작성된 기사다(2025년 1월 29일 등록). 뉴스레터의 '2025년 1월'과 일치하고 '2024년 11월'과는 어긋난다.",
    refDateNoteKo: "'지난 20일'을 기사에 표기된 날짜(2025년 1월 29일) 기준으로 환산했다.",
  },
  'deepseek-v3-cost-share-of-chatgpt-fraction-segye': {
    noteKo: "분수('18분의 1 수준')로 표기돼 100/18을 소수점 이하 6자리로 반올림해 저장했다. 같은 기사가 다음 문장에서 제시한 5.6%와 들어맞으며, 두 수치 모두 딥시크가 주장한 비용에 근거한다.",
  },
  'deepseek-v3-cost-share-of-chatgpt-percent-segye': {
    noteKo: "딥시크가 주장한 558만달러를 기사가 제시한 ChatGPT 개발비 1억달러와 견준 기사 자체의 비율이다.",
  },
  'deepseek-v3-cost-share-of-llama-3-whytimes': {
    noteKo: "whytimes.kr 필자가 딥시크가 밝힌 비용이 사실이라는 전제 아래 분수('10분의 1 수준')로 제시했다.",
  },
  'deepseek-v3-development-cost-baker': {
    speakerRoleKo: "아트레이드 매니지먼트 최고투자책임자. 딥시크가 공개한 비용을 비판적으로 분석한 X 게시물(일론 머스크가 주목)에서 언급했으며, 수치 자체는 베이커가 전한 딥시크의 것이다.",
    noteKo: "딥시크가 밝힌 비용을 베이커가 어림수로 표현한 것이다(달러 수치에 유보 표현은 없다). 그는 이 비용에 이전의 연구·실험 비용이 빠져 있다고 주장했다. 6백만달러가 어느 모델의 비용인지는 추정이다. 첫 인용 대목에는 모델명이 없고, 다음 문단에서 베이커가 6백만달러로 'R1 퀄리티 모델'을 훈련할 수 있다고 말해 두 대목을 모두 인용했다. 같은 기사가 딥시크 자체 공개 수치(557만6000달러)를 V3 개발비로 제시하고 6백만달러는 이를 반올림한 수치로 읽히므로 V3 항목으로 분류했다. 괄호 속 '(개발 비용으로 밝힌)'은 기사가 삽입한 것이다.",
  },
  'deepseek-v3-development-cost-segye': {
    speakerRoleKo: "모델 개발사. 세계일보 오피니언 기사가 전한 주장('딥시크 주장에 따르면')",
    noteKo: "문장에는 '개발 비용'이라고만 적혀 있으며, 앞 문장은 V3 개발비에 관한 내용이다. 유보 표현은 없지만 558만은 557만6000을 반올림한 수치와 부합한다.",
  },
  'deepseek-v3-development-cost-whytimes': {
    speakerRoleKo: "모델 개발사가 자체 공개한 비용. whytimes.kr 필자는 이를 어느 정도 신뢰해야 할지 모르겠다고 썼다.",
    rankReasonKo: "가장 정밀한 수치이며 딥시크의 자체 공개 수치로 명시돼 있다. 558만달러(세계일보)와 6백만달러(개빈 베이커)는 이를 반올림한 수치로 읽힌다.",
  },
  'entry-level-jobs-ai-impact-year-hassabis': {
    speakerRoleKo: "구글 딥마인드 CEO, 세계경제포럼 강연 발언(스타트업 뉴스레터 전달)",
    noteKo: "확정이 아닌 가능성('가능성이 있다')이다. 그는 구글 딥마인드에서 이미 그 징후가 보인다고 덧붙였다.",
  },
  'ge-vernova-share-price-change-whytimes': {
    refDateNoteKo: "날짜로 표기되지 않았다. 기사(2025년 1월 29일 등록)는 이 하락을 엔비디아 하락과 같은 거래일('이날')의 일로 전하며, 엔비디아 하락은 월스트리트저널(WSJ)의 28일(현지시간) 보도를 인용해 전 거래일 대비 변동으로 전한다. 따라서 해당 거래일은 2025년 1월 27일(월)로 추정된다.",
    noteKo: "'콘스텔레이션 에너지, GE버노바 등'에 수치가 하나만 제시돼(등은 21% 급락) 같은 인용문이 각 회사의 주장을 뒷받침한다. 각 회사가 정확히 21% 하락했는지는 기사에 명시되지 않았다. 기사가 월스트리트저널(WSJ) 보도를 인용한 뒤 이어지는 대목에서 자체 서술로 제시한 수치다.",
  },
  'huawei-2021-revenue-vs-pre-sanction-segye': {
    noteKo: "매출이 3분의 1만큼 줄어든 것이 아니라 약 3분의 1 수준으로 줄었다는 뜻으로, 100/3을 소수점 이하 6자리로 반올림해 저장했다. 기사는 비교 기준을 밝히지 않았으나, 문맥(2019년 금수 조치, 이후 '제재 이전 실적을 거의 회복')상 제재 이전 매출이 기준인 것으로 읽힌다. 스마트폰 사업에 한정하지 않은 화웨이의 '매출'이라고 적었다.",
  },
  'invention-vs-copying-difficulty-hassabis': {
    speakerRoleKo: "구글 딥마인드 CEO, 팟캐스트 발언(스타트업 뉴스레터 전달)",
    noteKo: "측정치가 아닌 비유적 표현이다.",
  },
  'manus-hq-relocation-date-kmib': {
    refDateNoteKo: "기사 표기는 '지난해'다. 국민일보 기사에는 날짜가 표기되지 않아 월은 2026년 1월로 추정되며, 따라서 지난해는 2025년이다.",
  },
  'marvell-technology-share-price-change-whytimes': {
    refDateNoteKo: "날짜로 표기되지 않았다. 이 수치가 나온 문단에는 날짜가 없다. 이 문단은 엔비디아 주가 하락에 이어지는 내용이며('또 다른 AI산업 수혜주 브로드컴도'), 기사는 엔비디아 하락을 월스트리트저널(WSJ)의 28일(현지시간) 보도를 인용해 '전 거래일' 대비 하락으로 전한다. 다음 문단은 에너지주 급락을 '이날'의 일로 적는다. 기사 등록 시각이 2025년 1월 29일 05시(한국 시간으로 간주)로 28일 미국 장 마감 이전이므로, 해당 거래일은 2025년 1월 27일(월)로 추정된다.",
    noteKo: "기사가 월스트리트저널(WSJ) 보도를 인용한 뒤 이어지는 대목에서 자체 서술로 제시한 수치다.",
  },
  'meta-deepseek-war-rooms-the-information': {
    speakerRoleKo: "IT 전문 매체, whytimes.kr 보도",
    refDateNoteKo: "디인포메이션 보도 날짜('27일(현지시간)')를 기사에 표기된 날짜(2025년 1월 29일) 기준으로 환산했다.",
  },
  'meta-manus-acquisition-price-kmib': {
    noteKo: "'최근'이라고만 적혀 있어 거래 날짜는 제시되지 않았다.",
  },
  'micron-technology-share-price-change-whytimes': {
    refDateNoteKo: "날짜로 표기되지 않았다. 이 수치가 나온 문단에는 날짜가 없다. 이 문단은 엔비디아 주가 하락에 이어지는 내용이며('또 다른 AI산업 수혜주 브로드컴도'), 기사는 엔비디아 하락을 월스트리트저널(WSJ)의 28일(현지시간) 보도를 인용해 '전 거래일' 대비 하락으로 전한다. 다음 문단은 에너지주 급락을 '이날'의 일로 적는다. 기사 등록 시각이 2025년 1월 29일 05시(한국 시간으로 간주)로 28일 미국 장 마감 이전이므로, 해당 거래일은 2025년 1월 27일(월)로 추정된다.",
    noteKo: "기사가 월스트리트저널(WSJ) 보도를 인용한 뒤 이어지는 대목에서 자체 서술로 제시한 수치다.",
  },
  'minimax-hong-kong-ipo-proceeds-sedaily': {
    refDateNoteKo: "'같은 날'은 앞 문장에서 즈푸AI에 대해 적은 8일을 가리킨다. 서울경제 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
  },
  'minimax-hong-kong-listing-date-sedaily': {
    refDateNoteKo: "기사는 미니맥스의 자금 조달 날짜를 '같은 날', 즉 앞 문장에서 즈푸AI에 대해 적은 '8일'로 적고 있다. 서울경제 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
  },
  'musk-x-post-deepseek-h100-date-whytimes': {
    refDateNoteKo: "'27일(현지시간)'을 기사에 표기된 날짜(2025년 1월 29일) 기준으로 환산했다.",
  },
  'natural-gas-futures-price-change-whytimes': {
    refDateNoteKo: "날짜로 표기되지 않았다. 기사(2025년 1월 29일 등록)는 이 하락을 엔비디아 하락과 같은 거래일('이날')의 일로 전하며, 엔비디아 하락은 월스트리트저널(WSJ)의 28일(현지시간) 보도를 인용해 전 거래일 대비 변동으로 전한다. 따라서 해당 거래일은 2025년 1월 27일(월)로 추정된다.",
    noteKo: "기사가 월스트리트저널(WSJ) 보도를 인용한 뒤 이어지는 대목에서 자체 서술로 제시한 수치다.",
  },
  'nvidia-blackwell-supply-start-date-whytimes': {
    refDateNoteKo: "'작년 4분기'를 기사에 표기된 날짜(2025년 1월 29일) 기준으로 환산하면 2024년 4분기다. 날짜 형식에 분기 단위가 없어 연 단위로 저장했다.",
  },
  'nvidia-gpus-probably-not-in-singapore-baker': {
    speakerRoleKo: "아트레이드 매니지먼트 최고투자책임자. 일론 머스크가 주목한 X 게시물에서 언급(whytimes.kr 보도)",
    noteKo: "'아마도'는 20%라는 수치가 아니라 칩이 다른 곳에 있는지에 붙은 유보 표현이다. 베이커는 이어 이 칩이 중국 AI 기업에 들어갔을 가능성이 충분하다고 썼다.",
  },
  'nvidia-h100-unit-price-whytimes': {
    noteKo: "일반적으로 알려진 사실('알려져 있으며')로 제시됐다.",
  },
  'nvidia-market-value-lost-whytimes': {
    speakerRoleKo: "미국 일간지, whytimes.kr 인용. 28일(현지시간) 보도",
    refDateNoteKo: "날짜로 표기되지 않았다. 기사(2025년 1월 29일 등록)는 월스트리트저널(WSJ)의 28일(현지시간) 보도를 인용해 '전 거래일' 대비 하락을 전하므로, 해당 거래일은 2025년 1월 27일(월)로 추정된다.",
    noteKo: "값은 증발한 금액(양수)이다. 괄호 안 원화 금액은 출처 자체의 환산이다.",
  },
  'nvidia-revenue-share-via-singapore-baker': {
    speakerRoleKo: "아트레이드 매니지먼트 최고투자책임자. 일론 머스크가 주목한 X 게시물에서 언급(whytimes.kr 보도)",
    noteKo: "베이커가 사실로 제시한 것으로, 이 GPU들이 아마도 싱가포르에 있지 않을 것이라는 추정의 전제다.",
  },
  'nvidia-share-price-change-whytimes': {
    speakerRoleKo: "미국 일간지, whytimes.kr 인용. 28일(현지시간) 보도",
    refDateNoteKo: "날짜로 표기되지 않았다. 기사(2025년 1월 29일 등록)는 월스트리트저널(WSJ)의 28일(현지시간) 보도를 인용해 '전 거래일' 대비 하락을 전하므로, 해당 거래일은 2025년 1월 27일(월)로 추정된다.",
  },
  'stargate-announcement-date-whytimes': {
    refDateNoteKo: "'지난 21일'을 기사에 표기된 날짜(2025년 1월 29일) 기준으로 환산했다.",
    noteKo: "기사는 '스타게이트'라는 이름을 쓰지 않았다.",
  },
  'stargate-investment-size-whytimes': {
    refDateNoteKo: "'지난 21일'을 기사에 표기된 날짜(2025년 1월 29일) 기준으로 환산했다.",
    noteKo: "'5천억달러 규모'로 표기됐다.",
  },
  'tsmc-share-price-change-whytimes': {
    refDateNoteKo: "날짜로 표기되지 않았다. 이 수치가 나온 문단에는 날짜가 없다. 이 문단은 엔비디아 주가 하락에 이어지는 내용이며('또 다른 AI산업 수혜주 브로드컴도'), 기사는 엔비디아 하락을 월스트리트저널(WSJ)의 28일(현지시간) 보도를 인용해 '전 거래일' 대비 하락으로 전한다. 다음 문단은 에너지주 급락을 '이날'의 일로 적는다. 기사 등록 시각이 2025년 1월 29일 05시(한국 시간으로 간주)로 28일 미국 장 마감 이전이므로, 해당 거래일은 2025년 1월 27일(월)로 추정된다.",
    noteKo: "TSMC·ASML 문장은 괄호 안에 변동 폭만 적고 두 회사도 '유탄을 피할 수 없었다'고 썼을 뿐, 두 회사에 대해서는 마이너스 부호도, 하락을 뜻하는 표현도 없다. 인용문에 앞 문장('… 등도 급락했다')까지 포함해 이 문장이 하락 종목 나열을 잇는다는 점을 보였고, 이 문맥에 따라 하락으로 저장했다. 기사가 월스트리트저널(WSJ) 보도를 인용한 뒤 이어지는 대목에서 자체 서술로 제시한 수치다.",
  },
  'us-china-compute-ratio-lin-junyang': {
    speakerRoleKo: "알리바바 오픈소스 모델 큐웬(Qwen) 기술책임자, AGI·넥스트프런티어 원탁회의 발언(서울경제, 블룸버그통신·중국 현지 매체 인용)",
    refDateNoteKo: "AGI·넥스트프런티어 원탁회의 발언 날짜다. 기사는 회의 날짜를 '10일(현지 시간)'로 적고 발언을 '이날'로 소개한다. 서울경제 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
    noteKo: "서울경제는 '1~2자릿수'를 10~100배로 풀어 썼다. 스타트업 뉴스레터도 이름을 밝히지 않은 알리바바 Qwen 팀 기술 책임자의 비슷한 발언을 전하는데, 이는 별도 주장으로 기록했다.",
  },
  'us-china-compute-ratio-qwen-lead-newsletter': {
    speakerRoleKo: "'알리바바 Qwen 팀을 이끄는 기술 책임자'로만 소개됐다. 스타트업 뉴스레터가 전언 형태('지적했다고 한다')로 전했다.",
    noteKo: "뉴스레터는 실명을 밝히지 않았다. 린쥔양일 가능성이 높다(추정이며 이 글에는 명시되지 않음). 서울경제는 린쥔양을 알리바바 큐웬(Qwen) 기술책임자로 소개하고, 그가 10일 원탁회의에서 같은 '1~2자릿수'를 언급했다고 보도했다. 1~2자릿수는 10~100배를 뜻하지만 뉴스레터는 이를 풀어 쓰지 않았다. 뉴스레터에는 날짜가 없다.",
  },
  'us-eases-chip-export-limits-to-china-date-kmib': {
    refDateNoteKo: "기사 표기는 '지난 14일'이다. 국민일보 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
    noteKo: "국민일보는 이번 완화가 25% 관세 부과를 대가로 한 것이며, 이로써 엔비디아가 H200을 중국에 판매할 수 있게 됐다고 전했다.",
  },
  'us-eases-chip-export-limits-to-china-date-newsletter': {
    noteKo: "엔비디아 H200과 AMD Instinct MI325X 금수 해제를 가리키며, 국민일보가 14일로 적은 규제 완화와 같은 조치로 간주했다.",
  },
  'us-tariff-on-ai-chip-sales-to-china-kmib': {
    refDateNoteKo: "기사 표기는 '지난 14일'이다. 국민일보 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
  },
  'zhipu-ai-hong-kong-ipo-proceeds-sedaily': {
    refDateNoteKo: "기사 표기는 '8일'이다. 서울경제 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
  },
  'zhipu-ai-hong-kong-listing-date-sedaily': {
    refDateNoteKo: "기사 표기는 '8일'이다. 서울경제 기사에는 날짜가 표기되지 않아, 월은 2026년 1월로 추정된다.",
  },
};

export const SOURCE_NOTES_KO: Record<string, string> = {
  'kmib-2026-01-ai-hegemony': "기사에 날짜가 표기되지 않았다. 기사가 전하는 '지난 21일'(아모데이의 경고), '지난 14일'(미국이 25% 관세를 대가로 대중 반도체 수출 제한 완화), '지난 13일'(브래드 스미스의 파이낸셜타임스(FT) 인터뷰)과 딥시크가 '1년 전' 세계에 충격을 줬다는 서술로 미루어 2026년 1월 하순으로 추정된다.",
  'newsletter-undated-davos-china-ai': "날짜가 표기되지 않았다. 다보스 발언을 전하고 반도체 수출 제한이 2026년 1월 완화됐다고 적고 있어 2026년 1월 이후의 글이며, 더 구체적인 날짜는 알 수 없다.",
  'sedaily-2026-01-china-ai-gap': "날짜가 표기되지 않았다. 8일 즈푸AI·미니맥스의 홍콩 IPO 직후 '10일(현지 시간)' 열린 원탁회의, '지난해 12월'(2025년) 중국의 EUV 시제품 제작 등 기사가 전하는 사건으로 미루어 2026년 1월로 추정된다.",
  'segye-2025-02-03-deepseek-opinion': "'입력 : 2025-02-03 23:09:43'(수정 2025-02-03 23:09:42)으로 표기돼 있다.",
  'whytimes-2025-01-29-deepseek-shock': "'기사등록 2025-01-29 05:00:47'로 표기돼 있다.",
};

/** Each metric's subject in Korean, by metric. */
export const METRIC_SUBJECT_KO: Record<string, string> = {
  'agi-next-frontier-roundtable-companies': "중국",
  'agi-next-frontier-roundtable-date': "중국",
  'ai-researchers-2022-china': "중국",
  'ai-researchers-2022-india': "인도",
  'ai-researchers-2022-united-states': "미국",
  'alibaba-model-release-date': "알리바바",
  'amodei-north-korea-warning-date': "앤트로픽",
  'asml-share-price-change-2025-01-27': "ASML",
  'brad-smith-ft-interview-date': "마이크로소프트",
  'broadcom-share-price-change-2025-01-27': "브로드컴",
  'chatgpt-development-cost': "오픈AI",
  'china-ai-industry-size': "중국",
  'china-ai-lead-probability-3-5-years': "중국",
  'china-euv-prototype-date': "중국",
  'constellation-energy-share-price-change-2025-01-27': "콘스텔레이션 에너지",
  'deepseek-ai-market-share-belarus': "딥시크",
  'deepseek-ai-market-share-cuba': "딥시크",
  'deepseek-ai-market-share-ethiopia': "딥시크",
  'deepseek-ai-market-share-russia': "딥시크",
  'deepseek-ai-market-share-zimbabwe': "딥시크",
  'deepseek-alleged-h100-holdings': "딥시크",
  'deepseek-h800-gpus-used-for-training': "딥시크",
  'deepseek-model-updates-since-r1': "딥시크",
  'deepseek-model1-code-report-date': "딥시크",
  'deepseek-r1-cost-share-of-openai': "딥시크",
  'deepseek-r1-release-date': "딥시크",
  'deepseek-v3-cost-share-of-chatgpt': "딥시크",
  'deepseek-v3-cost-share-of-llama-3': "딥시크",
  'deepseek-v3-development-cost': "딥시크",
  'entry-level-jobs-ai-impact-year': "구글 딥마인드",
  'ge-vernova-share-price-change-2025-01-27': "GE버노바",
  'huawei-2021-revenue-vs-pre-sanction': "화웨이",
  'invention-vs-copying-difficulty': "AI 혁신",
  'manus-hq-relocation-date': "마누스",
  'marvell-technology-share-price-change-2025-01-27': "마블테크놀로지",
  'meta-deepseek-war-rooms': "메타",
  'meta-manus-acquisition-price': "메타",
  'micron-technology-share-price-change-2025-01-27': "마이크론테크놀로지",
  'minimax-hong-kong-ipo-proceeds': "미니맥스",
  'minimax-hong-kong-listing-date': "미니맥스",
  'musk-x-post-deepseek-h100-date': "일론 머스크",
  'natural-gas-futures-price-change-2025-01-27': "천연가스 선물",
  'nvidia-blackwell-supply-start-date': "엔비디아",
  'nvidia-gpus-probably-not-in-singapore': "엔비디아",
  'nvidia-h100-unit-price': "엔비디아",
  'nvidia-market-value-lost-2025-01-27': "엔비디아",
  'nvidia-revenue-share-via-singapore': "엔비디아",
  'nvidia-share-price-change-2025-01-27': "엔비디아",
  'sputnik-1-launch-date': "소련",
  'stargate-announcement-date': "스타게이트",
  'stargate-investment-size': "스타게이트",
  'transformer-invention-date': "구글",
  'tsmc-share-price-change-2025-01-27': "TSMC",
  'us-china-compute-ratio': "미국",
  'us-chip-export-ban-huawei-date': "미국",
  'us-eases-chip-export-limits-to-china-date': "미국",
  'us-tariff-on-ai-chip-sales-to-china': "미국",
  'zhipu-ai-hong-kong-ipo-proceeds': "즈푸AI",
  'zhipu-ai-hong-kong-listing-date': "즈푸AI",
};
