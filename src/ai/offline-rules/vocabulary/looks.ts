// Words for the overall look of a site ("more professional", "elegant", "a fresh design") and for the theme's
// other settings: corner radius, spacing, type size and heading weight.

export const LOOK_WORDS: readonly string[] = [
  'professional', 'modern', 'elegant', 'minimal', 'minimalist', 'minimalistic', 'clean', 'cleaner', 'sleek', 'stylish', 'trendy',
  'fresh', 'contemporary', 'classic', 'classy', 'timeless', 'luxurious', 'luxury', 'premium', 'upscale', 'sophisticated',
  'refined', 'chic', 'playful', 'fun', 'quirky', 'whimsical', 'bold', 'striking', 'dynamic', 'energetic', 'vibrant',
  'colorful', 'colourful', 'cheerful', 'friendly', 'approachable', 'welcoming', 'warm', 'warmer', 'cozy', 'cosy', 'inviting',
  'calm', 'calmer', 'serene', 'soft', 'gentle', 'formal', 'serious', 'corporate', 'trustworthy', 'polished', 'rustic',
  'vintage', 'retro', 'artisanal', 'earthy', 'natural', 'organic', 'techy', 'futuristic', 'edgy', 'artistic', 'creative',
  'youthful', 'feminine', 'masculine', 'simple', 'simpler', 'busy', 'boring', 'dated', 'old-fashioned', 'outdated', 'cheap',
  'bland', 'dull', 'flashy', 'striking', 'pop', 'punchy', 'subtle', 'understated', 'glamorous', 'high-end', 'sharp', 'plain',
  'basic', 'generic', 'up to date', 'up-to-date', 'old-school', 'tired', 'amateur', 'amateurish', 'sterile', 'drab', 'lifeless', 'gloomy', 'stiff',
];

/** Nouns that make a look word about the site's appearance: "look", "feel", "design", "style". */
export const LOOK_NOUN_PATTERN = /\b(?:look(?:s|ing)?|feel(?:s|ing)?|design|style|styling|vibe|aesthetic|appearance|theme|branding|redesign|restyle|makeover)\b/i;

/** Corners: "more rounded", "sharp corners", "pill buttons", "radius". */
export const RADIUS_PATTERN = /\b(?:round(?:ed|er|ness|ing)?|corners?|radius|radii|sharp(?:er)? (?:edges|corners)|square(?:d|r)?(?: (?:edges|corners|buttons))?|pill(?:s|[- ]shaped)?|curved|curvier|edges)\b/i;
/** Spacing: "more spacious", "less white space", "tighter". */
export const DENSITY_PATTERN = /\b(?:spacing|spacious|white ?space|empty space|(?:space|gaps?) between|spread out|padding|margins?|cramped|crowded|airy|airier|roomier|breathing room|tighter|denser|compact|more space|less space)\b/i;
/** Type size: "bigger headings", "larger text", "font size". */
export const TYPE_SIZE_PATTERN = /\b(?:font[- ]size|text size|type ?scale|too (?:small|tiny) to read|squint(?:ing)?|(?:bigger|larger|smaller|huge|tiny)(?: \w+)? (?:headings?|headlines?|titles?|text|fonts?|letters|writing|type)|(?:headings?|headlines?|titles?|text|fonts?|letters|writing) (?:\w+ ){0,6}?(?:bigger|larger|smaller|huge|tiny|too small|too big))\b/i;
/** Heading weight: "bolder headings", "headings less heavy". */
export const HEADING_WEIGHT_PATTERN = /\b(?:(?:bold(?:er)?|heavier|thinner|lighter|light|thick(?:er)?)(?: \w+)? (?:headings?|titles?)|(?:headings?|titles?) (?:\w+ ){0,2}?(?:bold(?:er)?|heavier|thinner|lighter|thick(?:er)?)|heading weight|font weight)\b/i;
