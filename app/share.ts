import type { Metadata } from 'next';
import type { MetricJson } from '@/lib/api';
import type { ChartSpec } from '@/lib/chart-specs';
import type { ChartData } from '@/lib/charts';
import { siteUrl } from '@/lib/env';
import { DEFAULT_LOCALE, LOCALES, localizedHref, type Locale } from '@/lib/locale';
import { SHARE_CARD } from '@/lib/share-card';

const OPEN_GRAPH_LOCALE: Record<Locale, string> = { en: 'en_US', ko: 'ko_KR' };

/**
 * What a page says about itself when its link is shared or embedded: its Open Graph and Twitter
 * card with a picture drawn on the server, and the oEmbed discovery link (oembed.com, §4).
 */

const oembedHref = (pageUrl: string) => `/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;

/** The Atom feed of every revision; metric pages add their own (app/changes.atom, app/(site)/metrics/[slug]/changes.atom). */
export const SITE_FEED = { url: '/changes.atom', title: 'Cited: every change to the figures' };
export const metricFeed = (metric: Pick<MetricJson, 'slug' | 'label'>) => ({ url: `/metrics/${metric.slug}/changes.atom`, title: `Changes to “${metric.label}”` });

type Link = { url: string; title: string };

/**
 * A page's address in each language, for <link rel="alternate" hreflang>: English is also the
 * default for readers of neither language.
 */
export function languageAlternates(locale: Locale, page: string): NonNullable<Metadata['alternates']> {
  return {
    canonical: localizedHref(locale, page),
    languages: { ...Object.fromEntries(LOCALES.map((l) => [l, localizedHref(l, page)])), 'x-default': localizedHref(DEFAULT_LOCALE, page) },
  };
}

function shareMetadata(locale: Locale, title: string, description: string, page: string, image: string, embeds: Link[], feeds: Link[] = [SITE_FEED]): Metadata {
  const images = [{ url: image, width: SHARE_CARD.width, height: SHARE_CARD.height, alt: title }];
  return {
    title,
    description,
    alternates: {
      ...languageAlternates(locale, page),
      types: { 'application/json+oembed': embeds.map((e) => ({ url: oembedHref(e.url), title: e.title })), 'application/atom+xml': feeds },
    },
    openGraph: { title: `${title} · Cited`, description, type: 'article', url: localizedHref(locale, page), siteName: 'Cited', images, locale: OPEN_GRAPH_LOCALE[locale] },
    twitter: { card: 'summary_large_image', title, description, images },
  };
}

/** The share card of a page in a language: Korean pages have their own, under /api/og/ko/. */
export const shareCardPath = (locale: Locale, path: string) => `/api/og/${locale === DEFAULT_LOCALE ? '' : `${locale}/`}${path}`;

export function chartShareMetadata(chart: ChartData, locale: Locale = DEFAULT_LOCALE): Metadata {
  return shareMetadata(locale, chart.spec.title, chart.summary, `/#${chart.spec.id}`, shareCardPath(locale, `charts/${chart.spec.id}.png`), [{ url: `${siteUrl()}${localizedHref(locale, `/embed/charts/${chart.spec.id}`)}`, title: chart.spec.title }]);
}

export function metricShareMetadata(metric: MetricJson, description: string, locale: Locale = DEFAULT_LOCALE): Metadata {
  return shareMetadata(locale, metric.label, description, `/metrics/${metric.slug}`, shareCardPath(locale, `metrics/${metric.slug}.png`), [{ url: `${siteUrl()}${localizedHref(locale, `/metrics/${metric.slug}`)}`, title: metric.label }], [metricFeed(metric), SITE_FEED]);
}

/** The home page: its card shows the first chart; each chart is offered for embedding. */
export function homeShareMetadata(locale: Locale, title: string, description: string, charts: Pick<ChartSpec, 'id' | 'title'>[]): Metadata {
  const { title: _, ...meta } = shareMetadata(
    locale,
    title,
    description,
    '/',
    shareCardPath(locale, 'home.png'),
    charts.map((c) => ({ url: `${siteUrl()}${localizedHref(locale, `/embed/charts/${c.id}`)}`, title: c.title })),
  );
  // The home page keeps the layout's title.
  return meta;
}
