// Word lists the recogniser uses to tell a place name from an ordinary word, a person or an
// organisation. They are general English (frequent words, common given names, honorifics, the head
// nouns of street, site and company names), written for this project; none is drawn from an
// evaluation corpus.

function words(s: string): Set<string> {
  return new Set(s.trim().split(/\s+/));
}

/**
 * Frequent English words (function words, and the common nouns, verbs and adjectives most often
 * capitalised at the start of a sentence or in a headline). GeoNames has towns called "Of",
 * "Police", "Best", "Split", "Mobile", "Reading" or "Union", so a span that is one of these
 * words is a place only with a locative cue.
 */
export const COMMON_WORDS = words(`
a about above across after again against all almost alone along already also although always am
none nobody everyone everything someone somebody anybody whoever yes okay ok mrs mr ms dr
among an and another any anyone anything are around as at away back bad be because been before
being below best better between big both but by can cannot could did do does doing done down
during each either else enough even ever every few first for from further get gets getting give
go goes going gone good got great had has have having he her here hers herself him himself his how
however i if in into is it its itself just last least less let like little long made make many may
me might more most much must my myself near neither never new next no nor not nothing now of off
often old on once one only or other others our ours out over own per perhaps please put rather
really said same say says see seen several shall she should since so some something still such
than that the their theirs them themselves then there these they this those though through thus
to today together too toward towards under until up upon us very was we well were what whatever
when where whether which while who whom whose why will with within without would yet you your
yours yourself
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
spring summer autumn fall winter
north south east west northern southern eastern western central northeast northwest southeast
southwest upper lower middle
police union independence liberty officer vice congress parliament senate assembly sunshine
villages village towns king queen prince friendship harmony glory paradise alliance advance postal christmas easter council
observatory library museum zoo gallery theatre theater cinema club society institute academy
rodeo riding fair festival parade carnival circus show expo conference summit forum games olympics
league cup championship tournament series bowl classic open marathon race derby rally
team squad panthers tigers lions eagles bears wildcats warriors knights rangers raiders royals
hospital clinic center centre health care medical dental pharmacy
bank credit savings loan insurance realty motors auto dealership garage
church chapel cathedral mosque synagogue temple ministry ministries mission
school schools elementary middle high academy college university campus seminary
department bureau agency authority commission committee board council office division unit
court courthouse jail prison detention sheriff police fire rescue ambulance patrol
water sewer electric gas oil power energy utilities transit airport railroad railway bus
news times post herald journal gazette tribune review record press daily weekly
farm farms ranch dairy orchard vineyard winery brewery bakery restaurant cafe grill diner pub bar
hotel motel inn lodge resort casino spa golf country marina
store stores shop shops mall plaza market supermarket outlet depot warehouse factory mill plant
company corporation industries enterprises services solutions systems group partners associates
foundation trust fund charity alliance coalition association federation union guild
democrat democrats republican republicans democratic conservative liberal labour labor green
senior seniors junior juniors youth kids boys girls men women ladies gentlemen family families
american national international regional local state federal global world united
annual general special public private community civic municipal county city town village
live life living love home homes house houses place places space spaces land lands
street avenue road lane drive way highway freeway bridge tunnel station terminal port harbor
north south east west central upper lower new old great grand little big first second third
day night morning evening week weekend month year today tomorrow yesterday
report reports news story stories update updates notice notices letter letters editorial
reads read writing writers arts art music dance theatre film photo photos video metro superior supreme circuit municipal juvenile probate
appeals magistrate chancery unity hope enterprise progress freedom victory justice peace
center centre city town village county state states province district region valley river lake
mountain mountains island islands bay beach coast harbor harbour port bridge road street avenue
park square hill hills field fields forest wood woods springs spring falls rock stone mill mills
church temple school college university hospital market station airport court hall house home
office building tower castle palace camp base fort gate garden gardens farm ranch
mobile reading bath nice split best bar date same royal rich fair early late young poor plain
golden silver green white black red blue brown gray grey orange rose
strong reform celebration colony empire triangle vista
man men woman women child children people family friend friends team group party army navy force
forces war battle attack fire flood storm rain snow wind ice sun moon star world earth land water
sea ocean air space time day days week weeks month months year years hour hours night morning
evening
about according added after again against ago ahead also among another around asked away began
before believe board border bring brought build business call called came care case cause change
charge charged check close come coming community company control cost could council country cover
crime cut deal death decision department design development died director does drive early
education election emergency end energy even event every face fact federal file final find fire
follow food former found free front full fund future general government group growth half hand
head health help high history hold home hospital house however human idea important including
increase industry information interest international issue job join judge keep key kind known labor
large late law lead leader least leave left level life light line list local look lost love low main
major market matter mean measure media meeting member might million minister money move music
national nation need news next number offer office official open order outside paper part past
patient pay plan play point policy political power president press price private problem program
project property public question race rate real record report republic research result return
right rise risk role room rule run safe safety sale save school season second security senate
service set share short show side sign since small social son special staff stand start state step
still stop story student study support sure system take talk tax teacher term test thing think
third three today top total trade training travel treatment trial true turn two under unit update
use value view visit vote wait want watch way week while whole win work worker world write wrong
young zone
`);

/** Honorifics and job titles that put a person's name right after them. */
export const TITLES = words(`
mr mrs ms miss dr prof professor president vice sen senator rep representative gov governor mayor
secretary minister chancellor premier king queen prince princess lord lady sir dame gen general col
colonel capt captain lt lieutenant sgt sergeant maj major cpl corporal pvt private adm admiral cmdr
commander officer deputy judge justice sheriff chief pope rev reverend father sister brother bishop
archbishop cardinal rabbi imam coach detective det trooper agent attorney commissioner councilman
councilwoman councillor councilor alderman chairman chairwoman chair director dean superintendent
principal ambassador envoy speaker spokesman spokeswoman spokesperson emperor sultan sheikh
ayatollah patrolman constable inspector investigator lawyer attorney pastor singer actor actress
author writer reporter editor coach player quarterback pitcher manager executive ceo founder
owner president-elect candidate nominee sergeant
`);

/** Common given names: a place name right after one is a surname ("Jack London said"). */
export const FIRST_NAMES = words(`
aaron adam adrian alan albert alex alexander alexandra alice alicia allen alvin amanda amber amy
andrea andrew angela ann anna anne anthony antonio april arthur ashley austin barbara barry ben
benjamin beth betty beverly bill billy bob bobby bonnie brad bradley brandon brenda brian brittany
bruce bryan carl carlos carol caroline carolyn catherine charles charlie cheryl chris christian
christina christine christopher cindy clarence claude craig crystal curtis cynthia dale dan daniel
danny darlene darrell dave david dawn dean debbie deborah debra dennis derek diana diane donald
donna doris dorothy douglas dustin earl eddie edward eileen elaine eleanor elizabeth ellen emily
emma eric erica erin ernest ethel eugene evelyn frances francis frank fred frederick gabriel gary
gene george gerald gladys glenn gloria gordon grace greg gregory hannah harold harry heather helen
henry herbert holly howard ian irene jack jacob jacqueline james jamie jane janet janice jason jean
jeff jeffrey jennifer jeremy jerry jesse jessica jim jimmy joan joe joel john johnny jon jonathan
jordan jose joseph joshua joyce juan judith judy julia julie justin karen katherine kathleen kathryn
kathy katie keith kelly ken kenneth kevin kim kimberly kyle larry laura lauren lawrence leonard
leslie lillian linda lisa lois lori louis louise lucas luis lynn margaret maria marie marilyn mark
martha martin mary matt matthew melissa michael michelle mike mildred nancy nathan nicholas nicole
norma norman olivia pamela patricia patrick paul paula peggy peter philip phillip phyllis rachel
ralph randy ray raymond rebecca richard rick ricky rita robert roberta robin rodney roger ronald
ronnie rose ruby russell ruth ryan sam samuel sandra sara sarah scott sean sharon shawn shirley
sophia stanley stephanie stephen steve steven susan tammy teresa terry theresa thomas tiffany tim
timothy tina todd tom tommy tony tracy travis tyler valerie vanessa victor vincent virginia walter
wanda wayne wendy william willie
abdul ahmad ahmed ali alexei andrei angela anatoly anna antonio boris carlos dmitry dmitri elena
fatima francois giuseppe hans hassan hamid hiroshi igor ivan jacques javier jose juan karl kenji
klaus lars luiz mahmoud marco mario mehmet michel mikhail mohammed muhammad mustafa nicolas olga
omar pablo pedro pierre piotr raj ravi sanjay sergei sergey sofia sven tomasz vladimir wei
wolfgang yuri yusuf
ana jorge miguel manuel fernando ricardo sergio alejandro diego andres paulo joao marta lucia
isabel irina natalia tatiana svetlana oleksandr volodymyr olena yulia ahmet amir reza aisha ibrahim
khalid samir priya arjun rahul amit sunil akira yuki kwame kofi amina thabo sipho
`);

/**
 * Head words of company and club names: a place name before one is a company's or a football
 * club's name ("Jordan Motors", "Dover Publications", "Leeds United").
 * Deliberately short: news names public bodies after their place ("the Alexandria Police
 * Department", "the Georgia Bureau of Investigation") and those still name the place; so do
 * hotels and inns in local news ("the Mount Vale Hotel"), unlike motels and guest houses.
 */
export const COMPANY_HEADS = words(`
inc corp corporation co ltd llc plc holdings industries motors airlines airways bancorp telecom
pharmaceuticals technologies
publications publishing publishers books records studios pictures entertainment ventures
united rovers wanderers athletic albion hotspur fc afc
motel motels guest guesthouse hostel
`);

/**
 * Head words that open a company's name before the place it is named after, in the languages
 * whose companies English news names untranslated ("Banco de Quenby", "Petróleos de Velkin",
 * "Aerolíneas Ruritanas", "Air Ruritania"). Written unaccented: they are compared folded.
 */
export const COMPANY_OPENERS = words(`
banco banca banque caja bancaria petroleos petroleo aerolineas aerovias lineas compania companhia
compagnie societe sociedad empresa empresas grupo industrias telefonica ferrocarriles correos
cerveceria minera aeropuertos transportes air
`);

/** Month and weekday names: never a place on their own ("through March", "August"). */
export const CALENDAR_WORDS = words(`
january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday
`);

/**
 * Words for peoples, faiths and languages that GeoNames also has as towns ("Arab", Alabama): as
 * an adjective in news they name no place.
 */
export const NOT_PLACES = words(`
arab arabs muslim muslims christian christians catholic catholics jewish jew jews islamic hispanic
latino latina gulf nato opec asean unesco unicef interpol bible jesus christ god allah baptist methodist lutheran presbyterian gothic roman
`);

/** Verbs of saying: a bare name right before one is a speaker ("Roberts said"). */
export const SPEECH_VERBS = words(`
said says told added asked explained testified wrote stated noted argued recalled
`);

/** Qualifiers of a place name that are not names themselves ("South Central", "Upper"). */
export const DIRECTIONS = words(`
north south east west northern southern eastern western central northeast northwest southeast
southwest northeastern northwestern southeastern southwestern upper lower greater mid middle
inner outer downtown uptown
`);

/** Head words of street and route names: "Dublin Road" is not Dublin. */
export const STREET_HEADS = words(`
street st road rd avenue ave boulevard blvd drive lane ln way place pl terrace circle
highway hwy parkway pkwy expressway freeway turnpike trail pike route alley row square
`);

/** Head words of first- and second-level divisions written after a name ("Rapides Parish"). */
export const ADMIN_HEADS = words(`
county parish borough township oblast province region governorate prefecture district
municipality voivodeship krai canton
`);

/**
 * Head words of newspapers, agencies and broadcasters: the place in "the New York Times" or
 * "Kenya Broadcasting Corporation" is part of a title, not a place the story is about.
 */
export const MEDIA_HEADS = words(`
times post journal herald tribune gazette chronicle daily globe inquirer examiner observer courier
sentinel broadcasting television radio news magazine press presse citizen star sun standard
telegraph guardian mercury register ledger dispatch bulletin advertiser argus enquirer statesman
`);

/**
 * Head words of natural features ("Neches River", "Danube Delta"): a name ending in one is a
 * feature the gazetteer of towns lacks, mapped as a region where the text puts it.
 */
export const FEATURE_HEADS = words(`
river rivers lake lakes creek bay delta valley mountains mountain hill hills island islands ridge
heights grove bottom
peninsula plateau desert sea gulf strait canyon falls forest basin coast glacier reservoir belt
plains
`);

/** First words of feature and site names ("Lake Velkin", "Mount Quenby", "Fort Brackton"). */
export const FEATURE_PREFIXES = words(`lake mount mt isle cape fort ft camp river`);

/** Head words of named sites ("Ramstein Air Base", "Lakeside University"). */
export const SITE_HEADS = words(`
airport airfield base university college hospital dam bridge stadium prison port harbor harbour
refinery mine camp barracks cathedral palace plant reactor station
`);

/** Words that make a following name a place ("in X", "near X"). */
export const LOCATIVE_PREPOSITIONS = words(`
in near from at to into outside across toward towards around throughout via between within
through
`);

/** Lower-case words that may sit inside a multi-word place name ("Isle of Man", "Rostov-on-Don"). */
export const NAME_CONNECTORS = words(`
of the and de del della di da do dos das du des la le les el al on upon am an der den sur y en au
aux sous es
`);

/**
 * Words that put a vessel's name right after them: "the freighter Lagos Star", "USS Arizona".
 * Lower-case nouns and capitalised hull prefixes; "carrier" is left out (airlines are carriers).
 */
export const VESSEL_NOUNS = words(`
ship vessel freighter tanker ferry yacht trawler liner frigate destroyer submarine cruiser
corvette warship steamer schooner tugboat icebreaker
`);
export const VESSEL_PREFIXES = words(`mv ms mt ss rms hms uss usns hmas hmcs hmnzs ins`);

/**
 * Lower-case nouns that put an organisation's name right after them: "the newspaper Velkin
 * Herald", "the schools Quenby and Hallam", "the airline Ruritania". "team" is left out ("the
 * team Velkin beat").
 */
export const ORGANISATION_NOUNS = words(`
newspaper newspapers paper daily weekly magazine broadcaster channel network station firm firms
company companies airline airlines carrier bank banks brand label band club clubs party charity
school schools college hospital church
`);

/** First words of military code names ("Operation Desert Lance"): the rest names no place. */
export const CODE_NAME_PREFIXES = words(`operation exercise`);

/**
 * Nouns for a settlement or a division that name one after "of", "called" or "named": "the
 * village of X", "a town called X", "the districts of X and Y".
 */
export const PLACE_NOUNS = words(`
village villages town towns city cities township townships hamlet hamlets community communities
suburb suburbs district districts province provinces county counties region regions state states
island islands port ports municipality municipalities commune communes neighbourhood
neighbourhoods neighborhood neighborhoods settlement settlements governorate prefecture
`);

/**
 * Head words of institutions that are often named after a person or a word, not after the town
 * they are in ("the Velkin Center", "Quenby University", "the Brannock Players"). Public bodies
 * ("Police", "Council", "Department") are left out: news names those after their town.
 */
export const INSTITUTION_HEADS = words(`
center centre hall foundation players theatre theater market elementary conference university
college institute academy museum club society association church chapel arena gallery
`);
