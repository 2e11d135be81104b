/**
 * Every word of the site's chrome and non-article pages in English. The Spanish table
 * (es.ts) has the same keys; `{name}` placeholders are filled by `fillTemplate`.
 */
export const en = {
  site: {
    description:
      'An independent, sourced, plain-language guide to SkinPen microneedling: how it works, what the evidence shows, and what to expect.',
    skipLink: 'Skip to main content',
    navLabel: 'Sections',
    allArticles: 'All articles',
    footerLabel: 'Footer',
    pleaseRead: 'Please read',
    disclaimer: [
      '{site} is for education only. It is not medical advice, and it cannot tell you whether a treatment is right for you: a qualified clinician who has seen your skin can.',
      'This guide is independent. It is not affiliated with, sponsored by or endorsed by the maker or seller of SkinPen, or by any clinic. "SkinPen" is a trademark of its owner.',
      'This site sets no cookies, runs no trackers and loads nothing from other websites.',
    ],
    references: 'References',
    glossary: 'Glossary',
    aboutGuide: 'About this guide',
    forClinics: 'For clinics: embed the explainers',
    reportError: 'Report an error',
    darkTheme: 'Dark theme',
    cardTagline: 'An independent, sourced and reviewed guide',
    /** The visible mark beside a link to a page in another language, by that language. */
    inLanguage: { en: '(in English)', es: '(in Spanish)' },
    languageNames: { en: 'English', es: 'Spanish' },
  },
  languageSwitch: {
    /** Shown on a page of another language, in this language, as the link to this language's twin. */
    readIn: 'English',
    /** Added when the page has no twin in this language yet and the link goes to an index instead. */
    missing: '(this page is not in English yet)',
  },
  sections: {
    understand: { label: 'Understand', summary: 'What SkinPen is, how it works, and what it can and cannot do.' },
    decide: { label: 'Decide', summary: 'Whether it suits you, and how it compares with other options.' },
    prepare: { label: 'Prepare', summary: 'Getting ready, and what happens on the day.' },
    recover: { label: 'Recover', summary: 'What to expect day by day, and how to care for your skin.' },
    results: { label: 'Results', summary: 'When change shows, and how many sessions people usually have.' },
    safety: { label: 'Safety', summary: 'Side effects, rare problems, and when and where to get help.' },
    about: { label: 'About', summary: 'Common questions, and how this guide is written and checked.' },
  },
  search: {
    button: 'Search',
    dialogTitle: 'Search the guide',
    close: 'Close',
    closeHidden: 'search',
    hintMove: 'to move,',
    hintOpen: 'to open,',
    hintClose: 'to close.',
    placeholder: 'e.g. how long is the redness',
    filterLabel: 'Show',
    everything: 'Everything',
    glossaryTerms: 'Glossary terms',
    resultsLabel: 'Search results',
    tryThese: 'Try one of these questions:',
    browseBefore: 'Or',
    browseArticles: 'browse all articles',
    browseAnd: 'and the',
    browseGlossary: 'glossary',
    countNone: 'No results for “{query}”.',
    countOne: '1 result for “{query}”.',
    countMany: '{count} results for “{query}”.',
    unavailable: 'Search is not available right now. Browse all articles instead.',
    kindArticle: 'Article',
    kindGlossary: 'Glossary',
    kindReferences: 'References',
  },
  myRecovery: {
    title: 'My recovery, day by day',
    description:
      "Your own recovery after a SkinPen session: today's day, what is normal, when everyday activities are fine again, and when to get help.",
    heading: 'My recovery, day by day',
    intro:
      "If your clinic gave you a sheet with a QR code, this page opens at today's day after your session, with your clinic's numbers. The date and the clinic's details stay in this page's address, on your phone: they are never sent to us or anyone else.",
    dateLabel: 'Date of your session',
    submit: 'Show my recovery',
    invalid: 'Enter a real date within a year of today.',
    saved: 'Done. Bookmark this page to come back to your own timeline.',
  },
  searchPage: {
    title: 'Search',
    description: 'Search the SkinPen Guide in your own words.',
    heading: 'Search the guide',
    label: 'Search for',
    submit: 'Search',
    noScript:
      'Search needs JavaScript, which is turned off or blocked in your browser. You can still find everything through the {articles}, the {glossary} and the {references}.',
    noScriptArticles: 'list of all articles',
  },
  home: {
    heading: 'SkinPen microneedling, explained honestly',
    lead: 'A plain-language guide for people thinking about SkinPen: what it is, how it works, what the evidence does and does not show, and what to expect before, during and after. Every claim links to its source.',
    start: 'Start reading: {title}',
    note: 'Independent and free. Not medical advice, and not linked to the maker or to any clinic.',
    /** Shown when some pages are not in this language yet. */
    translating: 'Some pages are not in English yet; they are marked {marker} where they are linked.',
    pathTitle: 'The reading path',
    moreTitle: 'Also here',
    moreGlossary: 'plain meanings of the medical words.',
    moreReferences: 'every source we use, with a link.',
    moreSearch: 'find an answer in your own words.',
    moreClinics: 'put the skin-layer diagram or the recovery timeline on your own website.',
    forClinics: 'For clinics',
  },
  articlesIndex: {
    title: 'All articles',
    description: 'Every article in the SkinPen Guide, in reading order, grouped by where you are in your decision.',
    intro: 'Read them in order, or jump to the part you need now.',
  },
  article: {
    breadcrumbLabel: 'Breadcrumb',
    home: 'Home',
    lastReviewed: 'Last reviewed',
    nextReview: 'Next review due',
    reviewedBy: 'Reviewed by',
    /** For English pages (Flesch–Kincaid). */
    readingGrade: 'Reading level: grade {grade}',
    /** For Spanish pages (INFLESZ: higher is easier). */
    readingEase: 'Reading level: {band} ({score} out of 100 on the INFLESZ scale)',
    readingBands: {
      veryHard: 'very hard',
      somewhatHard: 'somewhat hard',
      normal: 'average',
      fairlyEasy: 'fairly easy',
      veryEasy: 'very easy',
    },
    minutes: 'about {minutes} min read',
    toc: 'On this page',
    sources: 'Sources',
    sourcesMore: 'Every source we use is listed on the {link}.',
    sourcesMoreLink: 'references page',
    pagerLabel: 'Reading order',
    previous: 'Previous',
    next: 'Next',
    /** The editorial team's name, so a translated page can name it in its own language. */
    editorialTeam: 'SkinPen Guide editorial team',
    translatedFrom: 'Translated from {language}.',
    readOriginal: 'Read the original',
    translatedBy: 'Translation: {who}.',
    translationReviewedBy: 'Checked by: {who}, {date}.',
    outdated:
      'The original of this page has changed since it was translated, so this page may be out of date. Until the translation is updated, check the original.',
  },
  content: {
    note: 'Note',
    caution: 'Caution',
    evidence: 'What the evidence shows',
    danger: 'Important',
    questionsToAsk: 'Questions to ask your provider',
    scrollableTable: 'Scrollable table',
    citeSource: 'source',
    /** The label beside a reference, by its kind. */
    sourceKinds: {
      primary: 'Primary source',
      'primary-reproduced': 'Primary source, read through a copy',
      secondary: 'Secondary source',
    },
  },
  referencesPage: {
    title: 'References',
    description:
      'Every source the SkinPen Guide uses, with links, whether it is a primary or secondary source, and which articles cite it.',
    searchTitle: 'References: every source we use',
    intro:
      'These are all the sources behind this guide. A {primary} is an FDA record, a law, a peer-reviewed study, a trial registry entry or the device’s own labeling. A {secondary} is a trade article, clinic page or news report that restates something we could not read first-hand; we use those with care and say so in the text.',
    primary: 'primary source',
    secondary: 'secondary source',
    citedIn: 'Cited in:',
  },
  glossaryPage: {
    title: 'Glossary',
    description:
      'Plain-language meanings of the medical and technical words used in the SkinPen Guide, with the other names people use for them.',
    intro:
      'Plain meanings of the words you will meet in this guide. Each entry lists other names for the same thing, and its sources.',
    alsoCalled: 'Also called:',
    sources: 'Sources:',
    untranslatedTitle: 'Not in English yet',
    untranslatedIntro: 'These terms are explained in another language for now:',
    termTitle: '{term}: what it means',
    sourcesHeading: 'Sources',
    allTerms: 'All glossary terms',
    /** On a translated term page: its provenance. */
    translated: 'Translated from {language}: drafted with an AI language model and checked by the {team}.',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Search the guide or browse all articles.',
    heading: 'We could not find that page',
    intro: 'The link may be old, or the address may have a typo. Try one of these instead:',
    search: 'Search the guide',
    articles: 'Browse all articles',
    home: 'Go to the home page',
  },
};

/** The shape every language's strings table has. */
export type SiteStrings = typeof en;
