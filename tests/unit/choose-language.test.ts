// Which language the game opens in: the link's ?lang= (or #lang=) first, then the saved choice,
// then the browser's language if shipped, else English; an unknown code is reported, not obeyed.
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/i18n/choose';

describe('chooseLanguage', () => {
  it('follows the link first, in the query or the hash, in any case', () => {
    expect(chooseLanguage('?lang=th', '', 'km', ['en-GB'])).toEqual({ lang: 'th', unknown: null });
    expect(chooseLanguage('?lang=th', '#lang=km', 'en')).toEqual({ lang: 'km', unknown: null });
    expect(chooseLanguage('', '#/play?scenario=july-2025&lang=KM', undefined)).toEqual({ lang: 'km', unknown: null });
  });

  it('then the saved choice, then the browser, then English', () => {
    expect(chooseLanguage('', '', 'km', ['th-TH'])).toEqual({ lang: 'km', unknown: null });
    expect(chooseLanguage('', '', undefined, ['fr-FR', 'th-TH'])).toEqual({ lang: 'th', unknown: null });
    expect(chooseLanguage('', '', 'xx', ['fr'])).toEqual({ lang: 'en', unknown: null });
  });

  it('reports an unknown code from the link and falls back as if none was given', () => {
    expect(chooseLanguage('?lang=<script>', '', 'th')).toEqual({ lang: 'th', unknown: '<script>' });
    expect(chooseLanguage('?lang=de', '', undefined, [])).toEqual({ lang: 'en', unknown: 'de' });
  });
});
