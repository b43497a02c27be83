/**
 * The licences a deployment may publish its curricula under (`CONTENT_LICENSE`, an SPDX
 * identifier): named in CASE exports (`licenseURI`, `CFDefinitions.CFLicenses`) so that a
 * registry knows what it may do with them.
 */
export interface ContentLicense {
  /** The SPDX identifier, e.g. `CC-BY-4.0`. */
  readonly id: string;
  readonly title: string;
  /** The licence's own page (its legal code is linked from there). */
  readonly uri: string;
}

const creativeCommons = (id: string, path: string, name: string): ContentLicense => ({
  id,
  title: `Creative Commons ${name}`,
  uri: `https://creativecommons.org/${path}`,
});

export const CONTENT_LICENSES: readonly ContentLicense[] = [
  creativeCommons('CC-BY-4.0', 'licenses/by/4.0/', 'Attribution 4.0 International'),
  creativeCommons(
    'CC-BY-SA-4.0',
    'licenses/by-sa/4.0/',
    'Attribution-ShareAlike 4.0 International',
  ),
  creativeCommons(
    'CC-BY-NC-4.0',
    'licenses/by-nc/4.0/',
    'Attribution-NonCommercial 4.0 International',
  ),
  creativeCommons(
    'CC-BY-NC-SA-4.0',
    'licenses/by-nc-sa/4.0/',
    'Attribution-NonCommercial-ShareAlike 4.0 International',
  ),
  creativeCommons(
    'CC-BY-ND-4.0',
    'licenses/by-nd/4.0/',
    'Attribution-NoDerivatives 4.0 International',
  ),
  creativeCommons(
    'CC0-1.0',
    'publicdomain/zero/1.0/',
    'Zero 1.0 Universal (public domain dedication)',
  ),
];
