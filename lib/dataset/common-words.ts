/**
 * Frequent English words that also appear as names or short forms in the dataset ("Wing", "Front").
 * An alias equal to one of these matches ordinary prose, so it must be marked `needsContext`.
 */
const WORDS = `
a about above across act action after again against age agency air all also am among an and
another any area arm army around art as at attack away back bad ban bank base be bear bed before
behind bell best better between big bill bird black blast block blue board boat body bond book
border born both box boy branch bridge brief bright bring brother brown build burn bus business
but by call camp can capital car card care case cause cell center centre chair chance change
charge chief child church city claim class clear close club coal coast cold college colony come
common company cook corps cost council count country course court cover crane cross crown cry
cup cut dam dark date dawn day dead deal dear deep defence defense desk die direct do doctor dog
door down draft draw dream dress drive drop dry duke each early earth east easy eat edge end
energy even ever every eye face fact fair fall family far farm fast father fear field fight fill
final find fine fire firm first fish fit five flag flat fleet floor fly follow food foot for
force foreign form fort forward four free fresh friend from front full fund game gate general
get gift girl give glass go gold good grace grand grant great green ground group grow guard
guide gun hall hand hard harvest have he head health hear heart heat help her here hero high
hill him his hit hold hole home hope horse hospital host hot hour house how hub hunt ice if in
inch iron is island it its job join joy judge jump just keep key kind king knight know labour
labor lady lake land large last late law lead leader league left leg legal less let letter
level liberty life light like line lion list little live long look lord lose lot love low
luck mail main major make man march mark market marshal mass master may mayor me mean meet
member mercy middle might mile mill mind mine minister miss mission model money moon more
morning most mother mount mountain move much must my nation native navy near need new news next
nice night no noble north not note now number oak of off office officer old on one only open
or order other our out over own page palace park part party pass past path peace people per
pick piece pilot place plain plan plant play point police pool poor port post pound power
press price pride prime prince prize quick race rain range rank rate raw reach read ready real
record red regular rest rich ride right ring rise river road rock roll room rose round row
royal rule run safe saint sale salt same save say school sea seal second secret see sell send
senior service set seven shadow share she shield ship shop short side sign silver simple since
sing single sister six sky small smart snow so soldier some son sound south spring square staff
stage stand star state station steel step still stone stop store storm street strike strong
study such summer sun supply support sure swift table take talk tank task tea team tell ten
term test than that the their them then there these they thing this those three tiger time
times to today top tower town trade train tree trust truth try turn two under union unit up
upon us use valley very victory view village visit voice wall war ward warden watch water way
we wear week well were west what when where which while white who why will win wind wing
winter with wood word work world year yes yet you young your zone
`;

/** Lower-case set of the words above. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True when `text`, trimmed and compared case-insensitively, is one common English word. */
export function isCommonWord(text: string): boolean {
  return COMMON_WORDS.has(text.trim().toLowerCase());
}
