// How people say the business stops offering something ("we no longer sell the family plan", "we don't do gutter
// cleaning any more", "we stopped offering gel nails"): read by the intent classifier (an item of a list goes) and
// by the offline editor (which item).

export const DISCONTINUED_PATTERN =
  /\b(?:no longer|not any ?more|stopped|stop|quit|(?:don't|do not|doesn't|does not|won't|will not|aren't|are not)(?: be)?)\s+(?:\w+\s+)?(?:sell|offer|do|provide|stock|carry|serve|make|run|teach|cater|deliver|supply|fit|install|repair|clean|book|host)(?:s|ing)?\b/i;
