// Real English words that sit one or two slips from a word of the rules' vocabulary ("read" and "red", "send" and
// "sand", "start" and "stat", "close" and "closed"): the typo reader (./typos.ts) never changes them. Found by
// running the reader over a large body of English prose and keeping every real word it changed; add to it when a
// prompt's word is read as another.
export const COMMON_WORDS: readonly string[] = [
  // verbs
  'abort', 'accept', 'charge', 'classify', 'cloned', 'close', 'closes', 'closer', 'delegate', 'emit', 'exit', 'finish', 'grab',
  'infer', 'paste', 'pick', 'play', 'produce', 'produced', 'produces', 'read', 'record', 'rest', 'save', 'said', 'scan', 'send',
  'sent', 'sell', 'sold', 'shall', 'shown', 'sits', 'simplifies', 'start', 'starts', 'stays', 'tell', 'told', 'waiting', 'warn',
  'wins', 'spin', 'spins', 'spinning', 'hold', 'held', 'mind', 'shop', 'shops', 'note', 'notes', 'hour', 'late', 'later', 'calm',
  'test', 'tests', 'post', 'dish', 'lead', 'bring', 'brings', 'pink', 'teal', 'sage', 'mint', 'gold', 'rose', 'stat', 'lime',
  'wine', 'sand', 'tone', 'bank', 'banks', 'lines', 'line', 'link', 'sing', 'sign', 'signs', 'ship', 'shot', 'shots', 'slow',
  'star', 'stars', 'side', 'sides', 'size', 'sizes', 'case', 'cases', 'port', 'ports', 'host', 'hosts', 'span', 'spans', 'safe',
  'disk', 'plain', 'plus', 'four', 'fine', 'fire', 'live', 'life', 'past', 'role', 'roles', 'wide', 'front', 'blank', 'dash',
  'tail', 'wire', 'cake', 'cakes', 'stale', 'score', 'intel', 'inner', 'intern', 'mini', 'hard', 'gram', 'grad', 'ping', 'lite',
  'fact', 'least', 'stage', 'suite', 'model', 'models', 'remote', 'rate', 'better', 'status', 'future', 'contract', 'constant',
  'detail', 'detailed', 'shorter', 'quite', 'chance', 'corner', 'counter', 'letter', 'sponsor', 'princess', 'reward', 'shadow',
  'writer', 'record', 'creation', 'character', 'electron', 'solver', 'caution', 'april', 'colon', 'transition', 'direction',
  'selection', 'selections', 'clusters', 'contrast', 'reliable', 'reusable', 'reachable', 'informative', 'rewritten',
  'generator', 'generative', 'failures', 'directives', 'descriptor', 'cares', 'primarily', 'sponsored', 'spacer', 'replacer',
  'enquirer', 'blob', 'codec', 'aria', 'proc', 'prop', 'prose', 'slot', 'slots', 'spot', 'bold', 'fold', 'cold', 'told', 'hire',
  'here', 'hero', 'heron', 'mode', 'more', 'made', 'mail', 'main', 'pain', 'plan', 'plans', 'plane', 'place', 'space', 'pace',
];
