/**
 * Frequent English words of shopping chats. A word in this list is never taken
 * for a typo of a brand, category or colour ("like" is not "Nike", "while" is not "white"),
 * and is ignored when scoring product names.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any anything are around as ask at available back bad be because
  been before being best better between big both but buy by can cant cart check cheap cheaper come could day
  deliver delivery did do does dont down each either else even every everything few find fine first for free from
  get give go going good got great had has have having he help her here hi his how i if im in into is it its just
  know last less let like little look looking lot made make many may me more most much must my need new next no
  not now of off old on one only or order other our out over own pay people please price product products put
  really right same see sell send shall she ship shipping shop show similar size so some something still stock
  such take tell than thank thanks that the their them then there these they thing things think this those
  through to too under up us use very want was way we well were what when where which while who why will with
  would yes yet you your also apply ready really money where while whole whose worth wrong store stores item
  items buying looking show shown color colour colours colors kind kinds type types style styles model models
  version great grown free three four five seven eight nine ten hello there thanks cheers pair pairs piece`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
