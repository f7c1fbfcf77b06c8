import type { Category } from '@/lib/domain';

export const CATEGORY_TITLES: Record<Category, string> = {
  'market-share': 'Market share',
  ipo: 'IPOs',
  'stock-move': 'Market moves',
  'training-cost': 'Training costs',
  compute: 'Chips and compute',
  talent: 'AI researchers',
  'money-deals': 'Money and deals',
  industry: 'Industry',
  forecast: 'Forecasts',
  events: 'Dated events',
};
