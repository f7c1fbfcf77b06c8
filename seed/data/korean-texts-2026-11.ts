/**
 * The Korean label and description of every metric, as the seed entry 'korean-texts-2026-11'
 * added them (seed/data/revisions.ts). Part of a landed entry: correct a text with a new entry,
 * never here.
 */
export const METRIC_KO: Record<string, { labelKo: string; descriptionKo: string | null }> = {
  'nvidia-share-price-change-2025-01-27': {
    labelKo: '엔비디아 주가 하루 등락률 (2025년 1월 27일)',
    descriptionKo: '딥시크발 매도세가 몰아친 2025년 1월 27일(미국 증시 거래일) 엔비디아 주가의 하루 등락률. 음수는 하락을 뜻한다.',
  },
  'broadcom-share-price-change-2025-01-27': {
    labelKo: '브로드컴 주가 하루 등락률 (2025년 1월 27일)',
    descriptionKo: '딥시크발 매도세가 몰아친 2025년 1월 27일(미국 증시 거래일) 브로드컴 주가의 하루 등락률. 음수는 하락을 뜻한다.',
  },
  'marvell-technology-share-price-change-2025-01-27': {
    labelKo: '마블테크놀로지 주가 하루 등락률 (2025년 1월 27일)',
    descriptionKo: '딥시크발 매도세가 몰아친 2025년 1월 27일(미국 증시 거래일) 마블테크놀로지 주가의 하루 등락률. 음수는 하락을 뜻한다.',
  },
  'micron-technology-share-price-change-2025-01-27': {
    labelKo: '마이크론테크놀로지 주가 하루 등락률 (2025년 1월 27일)',
    descriptionKo: '딥시크발 매도세가 몰아친 2025년 1월 27일(미국 증시 거래일) 마이크론테크놀로지 주가의 하루 등락률. 음수는 하락을 뜻한다.',
  },
  'tsmc-share-price-change-2025-01-27': {
    labelKo: 'TSMC 주가 하루 등락률 (2025년 1월 27일)',
    descriptionKo: '딥시크발 매도세가 몰아친 2025년 1월 27일(미국 증시 거래일) TSMC 주가의 하루 등락률. 음수는 하락을 뜻한다.',
  },
  'asml-share-price-change-2025-01-27': {
    labelKo: 'ASML 주가 하루 등락률 (2025년 1월 27일)',
    descriptionKo: '딥시크발 매도세가 몰아친 2025년 1월 27일(미국 증시 거래일) ASML 주가의 하루 등락률. 음수는 하락을 뜻한다.',
  },
  'constellation-energy-share-price-change-2025-01-27': {
    labelKo: '콘스텔레이션 에너지 주가 하루 등락률 (2025년 1월 27일)',
    descriptionKo: '딥시크발 매도세가 몰아친 2025년 1월 27일(미국 증시 거래일) 콘스텔레이션 에너지 주가의 하루 등락률. 음수는 하락을 뜻한다.',
  },
  'ge-vernova-share-price-change-2025-01-27': {
    labelKo: 'GE버노바 주가 하루 등락률 (2025년 1월 27일)',
    descriptionKo: '딥시크발 매도세가 몰아친 2025년 1월 27일(미국 증시 거래일) GE버노바 주가의 하루 등락률. 음수는 하락을 뜻한다.',
  },
  'natural-gas-futures-price-change-2025-01-27': {
    labelKo: '천연가스 선물 가격 하루 등락률 (2025년 1월 27일, 주식 아닌 원자재)',
    descriptionKo: '천연가스 선물 가격(주가가 아닌 원자재 선물 가격)의 하루 등락률. 딥시크발 매도세 속 에너지주 급락을 전한 문단에 함께 실렸다. 기사는 그 급락을 ‘이날’의 일로만 적어, 날짜는 2025년 1월 27일로 추정한 것이다. 어느 거래소의 어떤 계약인지는 기사에 나오지 않는다. 음수는 하락을 뜻한다.',
  },
  'nvidia-market-value-lost-2025-01-27': {
    labelKo: '엔비디아 하루 시가총액 증발액 (2025년 1월 27일)',
    descriptionKo: '2025년 1월 27일 매도세로 엔비디아 시가총액에서 사라진 금액. 줄어든 금액을 양수로 기록했다.',
  },
  'deepseek-v3-development-cost': {
    labelKo: '딥시크 V3 개발(훈련) 비용 (딥시크 발표 기준)',
    descriptionKo: '딥시크가 V3 모델 개발·훈련에 들었다고 밝힌 비용. 기사들은 이를 ‘개발비용’이라고 표현한다.',
  },
  'chatgpt-development-cost': {
    labelKo: '챗GPT 개발 비용 (세계일보 제시 수치)',
    descriptionKo: '세계일보 오피니언 기사가 밝힌 챗GPT 개발 비용. 딥시크 V3 개발 비용을 견주는 기준으로 쓰였다.',
  },
  'deepseek-v3-cost-share-of-chatgpt': {
    labelKo: '챗GPT 대비 딥시크 V3 개발 비용 비율',
    descriptionKo: '딥시크 V3 개발 비용을 챗GPT 개발 비용에 대한 백분율로 나타낸 값.',
  },
  'deepseek-v3-cost-share-of-llama-3': {
    labelKo: '메타 라마3 대비 딥시크 V3 개발 비용 비율',
    descriptionKo: '딥시크가 밝힌 V3 개발 비용을 메타가 라마3 모델에 들인 비용에 대한 백분율로 나타낸 값.',
  },
  'deepseek-r1-cost-share-of-openai': {
    labelKo: '오픈AI 대비 딥시크 R1 개발 비용 비율 (비교 모델 명시 없음)',
    descriptionKo: '당시 알려진(‘알려졌으며’) 딥시크 R1 개발 비용을 오픈AI의 비용에 대한 백분율로 나타낸 값. 원문은 ‘오픈AI 3% 정도 비용’이라고만 적었을 뿐, 오픈AI의 어느 모델, 어떤 비용을 기준으로 삼았는지는 밝히지 않았다.',
  },
  'deepseek-h800-gpus-used-for-training': {
    labelKo: '딥시크가 모델 훈련에 쓴 엔비디아 H800 GPU 수',
    descriptionKo: '딥시크 모델 훈련에 쓰인 엔비디아 H800 칩(중국 수출용 제품) 수. 어느 모델(R1 또는 V3)의 훈련인지는 출처마다 엇갈린다.',
  },
  'deepseek-alleged-h100-holdings': {
    labelKo: '딥시크의 엔비디아 H100 GPU 보유 의혹 수량',
    descriptionKo: '미국의 수출통제에도 딥시크가 보유하고 있다는 의혹이 제기된 엔비디아 H100 칩 수. 입증되지 않은 주장이다.',
  },
  'nvidia-h100-unit-price': {
    labelKo: '엔비디아 H100 칩 1개 가격',
    descriptionKo: '엔비디아 H100 GPU 1개의 가격으로, 기사는 이를 통상 알려진 값(‘알려져 있으며’)으로 전했다. 이 가격의 기준 시점은 기사에 나오지 않는다.',
  },
  'nvidia-revenue-share-via-singapore': {
    labelKo: '싱가포르를 거치는 엔비디아 매출 비중',
    descriptionKo: '개빈 베이커가 밝힌, 싱가포르를 통해 잡히는 엔비디아 매출의 비율.',
  },
  'nvidia-gpus-probably-not-in-singapore': {
    labelKo: '싱가포르에 없을 것으로 보이는 엔비디아 GPU 비율 (개빈 베이커 주장)',
    descriptionKo: '개빈 베이커가 실제로는 싱가포르에 있지 않을 것이라고 본 엔비디아 GPU의 비율(문맥상 싱가포르를 통해 청구되는 약 20%를 가리킨다). 이들 GPU가 중국 AI 기업에 흘러갔을 수 있음을 시사한다.',
  },
  'us-china-compute-ratio': {
    labelKo: '중국 대비 미국 컴퓨팅 역량 배수 (2026년 1월 기준)',
    descriptionKo: '미국의 AI 컴퓨팅 역량·인프라가 중국의 몇 배인지에 대한 알리바바 큐웬(Qwen) 기술책임자의 판단.',
  },
  'china-ai-lead-probability-3-5-years': {
    labelKo: '3~5년 내 중국의 AI 선두 등극·미국 추월 확률 (알리바바 큐웬 기술책임자)',
    descriptionKo: '향후 3~5년 안에 중국 AI 팀·기업이 세계 선두에 오르거나 미국 빅테크를 넘어설 확률. 알리바바 큐웬(Qwen) 기술책임자가 2026년 1월 내놓은 판단이다.',
  },
  'deepseek-model-updates-since-r1': {
    labelKo: '딥시크 R1 이후 모델 업데이트 횟수 (2026년 1월 기준)',
    descriptionKo: '딥시크가 R1 모델 이후 발표한 모델 업데이트 횟수.',
  },
  'meta-deepseek-war-rooms': {
    labelKo: '메타가 딥시크 분석용으로 설치한 워룸 수 (2025년 1월)',
    descriptionKo: '메타가 딥시크의 기술을 분석하려고 AI 부서 안에 설치한 ‘워룸’(war room) 수.',
  },
  'agi-next-frontier-roundtable-companies': {
    labelKo: 'AGI·넥스트프런티어 원탁회의 참석 중국 주요 AI 기업 수 (2026년 1월 10일)',
    descriptionKo: '칭화대·즈푸AI가 주최한 원탁회의에 기술책임자가 참석한 중국 주요 AI 기업 수. 기사는 이들을 중국의 ‘4대 AI 기업’이라고 불렀다.',
  },
  'ai-researchers-2022-china': {
    labelKo: '중국 AI 연구자 수 (2022년)',
    descriptionKo: '세계일보가 제시한 2022년 기준 중국의 AI 연구자 수(자료 출처는 밝히지 않음).',
  },
  'ai-researchers-2022-india': {
    labelKo: '인도 AI 연구자 수 (2022년)',
    descriptionKo: '세계일보가 제시한 2022년 기준 인도의 AI 연구자 수(자료 출처는 밝히지 않음).',
  },
  'ai-researchers-2022-united-states': {
    labelKo: '미국 AI 연구자 수 (2022년)',
    descriptionKo: '세계일보가 제시한 2022년 기준 미국의 AI 연구자 수(자료 출처는 밝히지 않음).',
  },
  'deepseek-ai-market-share-ethiopia': {
    labelKo: '에티오피아 AI 시장 내 딥시크 점유율',
    descriptionKo: '마이크로소프트(MS) 자체 연구에 따른 에티오피아 AI 시장에서의 딥시크 점유율(2026년 1월 보도). R1의 접근성과 저렴한 비용으로 입지를 넓힌 신흥시장 사례로 인용됐다.',
  },
  'deepseek-ai-market-share-zimbabwe': {
    labelKo: '짐바브웨 AI 시장 내 딥시크 점유율',
    descriptionKo: '마이크로소프트(MS) 자체 연구에 따른 짐바브웨 AI 시장에서의 딥시크 점유율(2026년 1월 보도). R1의 접근성과 저렴한 비용으로 입지를 넓힌 신흥시장 사례로 인용됐다.',
  },
  'deepseek-ai-market-share-belarus': {
    labelKo: '벨라루스 AI 시장 내 딥시크 점유율',
    descriptionKo: '마이크로소프트(MS) 자체 연구에 따른 벨라루스 AI 시장에서의 딥시크 점유율(2026년 1월 보도). 기사는 이 나라를 미국산 AI 사용이 제한되거나 차단된 국가로 분류했다.',
  },
  'deepseek-ai-market-share-cuba': {
    labelKo: '쿠바 AI 시장 내 딥시크 점유율',
    descriptionKo: '마이크로소프트(MS) 자체 연구에 따른 쿠바 AI 시장에서의 딥시크 점유율(2026년 1월 보도). 기사는 이 나라를 미국산 AI 사용이 제한되거나 차단된 국가로 분류했다.',
  },
  'deepseek-ai-market-share-russia': {
    labelKo: '러시아 AI 시장 내 딥시크 점유율',
    descriptionKo: '마이크로소프트(MS) 자체 연구에 따른 러시아 AI 시장에서의 딥시크 점유율(2026년 1월 보도). 기사는 이 나라를 미국산 AI 사용이 제한되거나 차단된 국가로 분류했다.',
  },
  'zhipu-ai-hong-kong-ipo-proceeds': {
    labelKo: '즈푸AI 홍콩 IPO 조달액 (2026년 1월)',
    descriptionKo: '즈푸AI가 홍콩증권거래소 상장으로 조달한 금액.',
  },
  'minimax-hong-kong-ipo-proceeds': {
    labelKo: '미니맥스 홍콩 IPO 조달액 (2026년 1월)',
    descriptionKo: '미니맥스가 홍콩 상장으로 조달한 금액.',
  },
  'stargate-investment-size': {
    labelKo: '오픈AI·오라클·소프트뱅크 AI 투자사업(스타게이트) 규모 (2025년 1월 21일 발표)',
    descriptionKo: '트럼프 대통령이 공개한 오픈AI·오라클·소프트뱅크 AI 투자사업의 발표 규모. 기사에는 ‘스타게이트’라는 이름이 나오지 않는다.',
  },
  'meta-manus-acquisition-price': {
    labelKo: '메타의 마누스 인수 금액',
    descriptionKo: '메타가 중국계 AI 스타트업 마누스를 인수하는 데 들인 금액. 중국 상무부가 조사할 예정인 거래다.',
  },
  'us-tariff-on-ai-chip-sales-to-china': {
    labelKo: '미국이 대중 첨단 칩 판매 허용에 붙인 관세율 (2026년 1월)',
    descriptionKo: '트럼프 행정부가 대중 반도체 수출 제한을 푸는 대가로 부과한 관세율(엔비디아 H200 판매 허용).',
  },
  'china-ai-industry-size': {
    labelKo: '중국 AI 산업 규모 (2025년, CAICT 전망)',
    descriptionKo: '중국정보통신연구원(CAICT)이 전망한 중국 AI 산업 규모.',
  },
  'huawei-2021-revenue-vs-pre-sanction': {
    labelKo: '화웨이 2021년 매출의 이전 수준 대비 비율 (기준은 문맥상 제재 이전)',
    descriptionKo: '원문이 특정하지 않은 이전 수준 대비 화웨이 2021년 매출의 백분율. 기사는 2021년 매출이 ‘3분의 1 수준으로 쪼그라들었다’고만 적었다. 비교 기준인 2019년 5월 미국의 수출 금지 이전 매출은 앞뒤 문장(수출 금지 조치, 이어 ‘제재 이전 실적을 거의 회복했다’)에서 미루어 본 것일 뿐 명시되지 않았다.',
  },
  'invention-vs-copying-difficulty': {
    labelKo: '발명이 모방보다 어려운 정도 (데미스 하사비스)',
    descriptionKo: '무언가를 발명하는 일이 베끼는 일보다 몇 배 어려운지에 대한 하사비스의 판단. 중국이 프런티어를 넘어서는 혁신을 이룰 수 있느냐는 맥락에서 나온 말이다.',
  },
  'deepseek-r1-release-date': {
    labelKo: '딥시크 R1 출시일',
    descriptionKo: '딥시크가 R1 추론 모델을 출시(발표)한 시점.',
  },
  'stargate-announcement-date': {
    labelKo: '오픈AI·오라클·소프트뱅크 AI 투자사업(스타게이트) 발표일',
    descriptionKo: '트럼프 대통령이 백악관에서 오픈AI·오라클·소프트뱅크의 5000억 달러 규모 AI 투자사업을 발표한 시점.',
  },
  'us-eases-chip-export-limits-to-china-date': {
    labelKo: '미국의 대중 첨단 칩 수출 규제 완화일 (H200 등)',
    descriptionKo: '미국(트럼프 행정부)이 엔비디아 H200 등 고성능 AI 칩의 대중 수출 규제를 풀거나 대폭 완화한 시점.',
  },
  'zhipu-ai-hong-kong-listing-date': {
    labelKo: '즈푸AI 홍콩 상장일',
    descriptionKo: '즈푸AI가 홍콩증권거래소에 상장한 시점.',
  },
  'minimax-hong-kong-listing-date': {
    labelKo: '미니맥스 홍콩 IPO일',
    descriptionKo: '미니맥스가 홍콩에서 IPO 자금을 조달한 시점.',
  },
  'agi-next-frontier-roundtable-date': {
    labelKo: '베이징 AGI·넥스트프런티어 원탁회의 개최일',
    descriptionKo: '칭화대 베이징 기본모델 핵심연구소와 즈푸AI가 중국 AI 기술 리더들의 원탁회의를 주최한 시점.',
  },
  'alibaba-model-release-date': {
    labelKo: '‘챗GPT 능가’ 알리바바 AI 모델 출시 시점',
    descriptionKo: '세계일보 오피니언 기사가 ‘챗GPT를 능가한다는’ 모델로 소개한 알리바바 AI 모델의 출시 시점. 누가 그렇게 주장하는지는 기사에 나오지 않는다.',
  },
  'china-euv-prototype-date': {
    labelKo: '중국 자체 EUV 리소그래피 장비 시제품 제작 시점',
    descriptionKo: '미국의 제재로 수입이 막히자 중국이 극자외선(EUV) 리소그래피 장비 시제품을 자체 제작한 시점.',
  },
  'us-chip-export-ban-huawei-date': {
    labelKo: '화웨이를 강타한 미국의 대중 반도체 기술 수출 금지 시점',
    descriptionKo: '트럼프 대통령(1기)이 안보를 이유로 미국산 반도체 기술·장비의 대중 수출을 금지한 시점. 화웨이가 타격을 입은 제재다.',
  },
  'transformer-invention-date': {
    labelKo: '구글의 트랜스포머 개발 연도',
    descriptionKo: '챗GPT와 제미나이의 바탕이 된 과학적 돌파구인 트랜스포머를 구글이 이뤄낸 시점.',
  },
  'sputnik-1-launch-date': {
    labelKo: '옛 소련 스푸트니크 1호 발사 연도',
    descriptionKo: '옛 소련이 미국보다 먼저 최초의 인공위성 스푸트니크 1호를 발사한 시점(‘스푸트니크 모멘트’라는 말의 유래).',
  },
  'nvidia-blackwell-supply-start-date': {
    labelKo: '엔비디아 블랙웰 AI 칩 공급 개시 시점',
    descriptionKo: '엔비디아가 AI 칩 블랙웰을 내놓고 빅테크와 AI 개발업체에 공급하기 시작한 시점.',
  },
  'amodei-north-korea-warning-date': {
    labelKo: '앤트로픽 아모데이, 대중 칩 수출을 ‘북한에 핵무기 판매’에 빗댄 날',
    descriptionKo: '다리오 아모데이 앤트로픽 CEO가 고성능 AI 칩의 대중 수출 허용은 북한에 핵무기를 파는 것과 같다고 경고한 시점.',
  },
  'deepseek-model1-code-report-date': {
    labelKo: '중국 매체의 딥시크 깃허브 코드 ‘MODEL1’ 보도일',
    descriptionKo: '딥시크의 깃허브 코드 업데이트에 새로운 식별자 ‘MODEL1’이 들어 있다고 중국 경제 매체 여러 곳이 보도한 시점. 새 모델을 암시하는 단서로 읽힌다.',
  },
  'brad-smith-ft-interview-date': {
    labelKo: '브래드 스미스 MS 사장 FT 인터뷰일 (중국 오픈소스 AI 관련)',
    descriptionKo: '브래드 스미스 마이크로소프트(MS) 사장이 파이낸셜타임스(FT)에 중국 오픈소스 AI 모델이 가격 면에서 미국 기업들을 이기고 있다고 말한 시점.',
  },
  'manus-hq-relocation-date': {
    labelKo: '마누스 본사 베이징→싱가포르 이전 시점',
    descriptionKo: 'AI 스타트업 마누스가 본사를 베이징에서 싱가포르로 옮긴 시점. 메타의 마누스 인수에 대한 중국의 조사와 관련된다.',
  },
  'entry-level-jobs-ai-impact-year': {
    labelKo: 'AI로 엔트리 레벨 일자리·인턴십이 타격받을 수 있는 해 (데미스 하사비스)',
    descriptionKo: '하사비스가 엔트리 레벨(신입) 일자리와 인턴십이 AI의 타격을 받을 수 있다고 본 연도.',
  },
  'musk-x-post-deepseek-h100-date': {
    labelKo: '일론 머스크의 ‘딥시크 H100 대량 보유’ 주장 X 게시물 공유일',
    descriptionKo: '일론 머스크가 딥시크가 밝힌 것보다 많은 엔비디아 H100 칩을 갖고 있다고 주장하는 게시물을 엑스(X)에 공유한 시점.',
  },
};
