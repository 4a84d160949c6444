// The language hint an accuracy benchmark gives the detectors. On the event path a
// `message.sent` (or proposal, job post) carries no locale and screening hands the detectors none
// (src/screening/hooks.ts: the sender's language picks only the notice's words), so the figures
// are measured without one, as `POST /v1/events` decides. `--locale` gives each line's corpus
// language instead, as `warden screen` and `POST /v1/screen` do when their caller names a locale
// (a phone number's region hint, e.g. "pt" -> BR); figures taken so say "with locale".

/** Whether this run passes the corpus language as the detectors' locale (`--locale` on the command line). */
export const WITH_LOCALE = process.argv.includes('--locale');

/** The locale to pass for a line in `lang` (an ISO 639-1 code): undefined unless `--locale`. */
export function localeHint(lang: string): string | undefined {
  return WITH_LOCALE ? lang : undefined;
}

/** A line for the reader saying which of the two paths the figures describe. */
export const LOCALE_NOTE = WITH_LOCALE
  ? 'with each line’s language as locale (`--locale`, as `warden screen` with a locale)'
  : 'no locale, as `POST /v1/events` decides (`--locale` for the corpus language as a hint)';
