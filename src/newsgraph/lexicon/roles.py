"""Role titles and organisation words to CAMEO/PLOVER sectors, written for newsgraph.

A title has a *head* ("minister", "spokesman", "analyst") and modifiers ("Foreign", "Kremlin",
"police"). Heads in ``HEAD_SECTORS`` decide the sector themselves; generic heads (spokesman,
official, chief, leader …) take it from their modifiers or from the organisation they belong
to, looked up in ``MODIFIER_SECTORS``. All keys are lower case.
"""

from __future__ import annotations

from functools import cache

from newsgraph.lexicon import parse_code_table


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Heads that fix the sector on their own ("Foreign Minister", "political analyst").
HEAD_SECTORS = parse_code_table("""
GOV president,vice-president,minister,premier,chancellor,king,queen,emir,sultan,monarch,governor,mayor,ambassador
GOV diplomat,envoy,secretary,undersecretary,under-secretary,taoiseach,shah,crown prince,prince,dictator,consul
GOV head of state,head of government,foreign secretary,home secretary,secretary of state,press secretary
GOV negotiator,ministry,government,cabinet,administration,kremlin,presidency,commissioner
MIL general,colonel,lieutenant,commander,admiral,sergeant,brigadier,marshal,lt.,gen.,col.,maj.,adm.,sgt.
MIL soldier,soldiers,troops,serviceman,paratrooper,army,navy,air force,military,marine,marines
COP police,policeman,policewoman,sheriff,detective,constable,police chief,police officer,superintendent
JUD judge,justice,prosecutor,attorney general,magistrate,lawyer,attorney,court,prosecutor-general,ombudsman
LEG lawmaker,senator,congressman,congresswoman,mp,legislator,parliamentarian,speaker,parliament,senate,congress
LEG duma,assembly,sen.,rep.,councillor,councilman,councilwoman,deputy speaker,assemblyman,assemblywoman
BUS ceo,chief executive,executive,businessman,businesswoman,entrepreneur,tycoon,banker,investor,founder,billionaire,trader
BUS company,firm,corporation,bank,cfo,coo,shareholder
MED journalist,reporter,correspondent,editor,columnist,broadcaster,news agency,press agency,newspaper,tv,television
MED radio,magazine,daily,news,anchor,photographer,blogger,outlet
NGO activist,campaigner,ngo,charity,rights group,volunteer,aid worker,advocate
IGO secretary-general,secretary general,un,nato,eu,osce,who,imf,opec
CVL resident,residents,civilian,civilians,witness,student,refugee,villager,citizen,farmer,worker,protester
CVL protesters,motorist,passenger,shopkeeper
EDU analyst,professor,scholar,expert,researcher,academic,economist,historian,political scientist,lecturer
EDU teacher,scientist,think tank,university,institute,fellow,political analyst,commentator,observer
REB rebel,rebels,insurgent,insurgents,militant,militants,guerrilla,guerrillas,separatist,separatists,jihadist
OPP opposition,dissident,opposition leader
REL pope,cardinal,bishop,archbishop,imam,cleric,rabbi,priest,pastor,ayatollah,patriarch,mufti,church,mosque
HLH doctor,physician,nurse,surgeon,paramedic,epidemiologist,hospital,medic
""")

# Modifiers and organisation words that give a generic head its sector ("Kremlin spokesman",
# "police chief", "Foreign Ministry spokeswoman"); checked nearest-to-the-head first.
MODIFIER_SECTORS = {
    **parse_code_table("""
GOV kremlin,ministry,government,cabinet,presidential,state department,white house,foreign,interior,defence
GOV department,central bank,federal reserve,authority,treasury,exchequer
GOV defense,finance,administration,presidency,embassy,foreign office,city hall,municipal,federal,ministerial
MIL army,military,navy,air force,defence forces,armed forces,troops,pentagon,marines,militia,brigade,regiment
COP police,border guard,gendarmerie,security service,fbi
JUD court,judicial,supreme court,prosecutor's,prosecutors,justice department
LEG parliament,parliamentary,senate,congress,congressional,duma,assembly,legislative,house
BUS company,firm,corporate,bank,industry,business,group's,airline,airlines,energy
MED news,media,newspaper,television,tv,radio,press
NGO ngo,charity,rights,humanitarian,red cross,foundation
IGO un,united nations,nato,eu,european union,osce,imf,world bank,who,african union,opec,asean
EDU university,institute,academy,think tank,research,political,academic
REB rebel,insurgent,militant,separatist,taliban
OPP opposition
REL church,religious,vatican
HLH health,hospital,medical
"""),
}

# Modifiers that override a definite head: a "rebel commander" is REB, not MIL.
OVERRIDING_MODIFIERS = {"rebel": "REB", "rebels": "REB", "insurgent": "REB", "militant": "REB", "opposition": "OPP"}

# "X general" titles that are civil offices.
CIVIL_GENERALS = _words("director attorney inspector surgeon governor consul postmaster solicitor auditor")

# Heads that name a role but not its sector: the sector comes from modifiers or the organisation.
GENERIC_HEADS = _words(
    """spokesman spokeswoman spokesperson official officials chief head director chairman chairwoman chair leader
    representative adviser advisor aide deputy member members source sources boss manager president-elect
    coordinator counsellor counselor inspector commander-in-chief minister-designate envoy-designate
    agency
    """
)

# Words that may sit inside a title between its country and its head ("Foreign", "Deputy").
TITLE_MODIFIERS = _words(
    """foreign deputy vice prime first chief senior top acting former interim state defence defense interior finance
    economy economic trade health education justice energy culture agriculture environment transport labour labor
    home general political military national regional local security intelligence press foreign-affairs
    presidential ministry kremlin police army navy news agency minister's affairs commerce industry
    development digital emergency emergencies social communications information public internal external
    european international special assistant executive associate lead managing supreme high policy
    """
)

# Honorifics that precede a name and carry no role (they mark gender, which pronouns use).
HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "dr": None,
    "dr.": None,
    "prof": None,
    "prof.": None,
}

# Role words that imply gender (for pronoun agreement only).
GENDERED_ROLES = {
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "policeman": "m",
    "policewoman": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "emir": "m",
    "sultan": "m",
}

# Nominal heads that may refer back to a person ("the minister", "the Russian leader").
NOMINAL_HEADS = _words(
    """minister president premier chancellor spokesman spokeswoman spokesperson analyst leader diplomat envoy
    ambassador general commander secretary senator lawmaker judge prosecutor governor mayor official professor
    expert chief king queen prince emir monarch negotiator director ceo executive chairman chairwoman
    """
)

# A "leader" refers to whoever heads a government: president, prime minister, chancellor …
LEADER_HEADS = _words("president premier chancellor king queen emir monarch sultan leader")

# World knowledge (not text evidence): institutions and outlets whose country and sector every
# reader knows. Consulted only when the article itself does not say.
KNOWN_ORGS: dict[str, tuple[str | None, str]] = {
    "kremlin": ("RUS", "GOV"),
    "white house": ("USA", "GOV"),
    "pentagon": ("USA", "MIL"),
    "state department": ("USA", "GOV"),
    "downing street": ("GBR", "GOV"),
    "elysee": ("FRA", "GOV"),
    "élysée": ("FRA", "GOV"),
    "elysee palace": ("FRA", "GOV"),
    "pope": ("VAT", "REL"),
    "vatican": ("VAT", "REL"),
    "holy see": ("VAT", "REL"),
    "knesset": ("ISR", "LEG"),
    "bundestag": ("DEU", "LEG"),
    "duma": ("RUS", "LEG"),
    "state duma": ("RUS", "LEG"),
    "verkhovna rada": ("UKR", "LEG"),
    "congress": ("USA", "LEG"),
    "capitol hill": ("USA", "LEG"),
    "fbi": ("USA", "COP"),
    "cia": ("USA", "GOV"),
    "idf": ("ISR", "MIL"),
    "xinhua": ("CHN", "MED"),
    "tass": ("RUS", "MED"),
    "ria novosti": ("RUS", "MED"),
    "interfax": ("RUS", "MED"),
    "sputnik": ("RUS", "MED"),
    "reuters": ("GBR", "MED"),
    "bbc": ("GBR", "MED"),
    "afp": ("FRA", "MED"),
    "agence france-presse": ("FRA", "MED"),
    "associated press": ("USA", "MED"),
    "ap": ("USA", "MED"),
    "cnn": ("USA", "MED"),
    "bloomberg": ("USA", "MED"),
    "al jazeera": ("QAT", "MED"),
    "kyodo": ("JPN", "MED"),
    "yonhap": ("KOR", "MED"),
    "anadolu": ("TUR", "MED"),
    "anadolu agency": ("TUR", "MED"),
    "european commission": (None, "IGO"),
    "european parliament": (None, "IGO"),
    "european council": (None, "IGO"),
    "un security council": (None, "IGO"),
    "united nations": (None, "IGO"),
    "un": (None, "IGO"),
    "u.n.": (None, "IGO"),
    "nato": (None, "IGO"),
    "european union": (None, "IGO"),
    "eu": (None, "IGO"),
    "osce": (None, "IGO"),
    "imf": (None, "IGO"),
    "world bank": (None, "IGO"),
    "world health organization": (None, "IGO"),
    "who": (None, "IGO"),
    "african union": (None, "IGO"),
    "opec": (None, "IGO"),
    "asean": (None, "IGO"),
    "security council": (None, "IGO"),
    "red cross": (None, "NGO"),
    "amnesty international": (None, "NGO"),
    "human rights watch": (None, "NGO"),
    "taliban": ("AFG", "REB"),
    "hamas": ("PSE", "REB"),
    "hezbollah": ("LBN", "REB"),
}

# More institutions, armed forces, services and state news agencies every reader of foreign news knows
# ("COUNTRY SECTOR name,name" per line).
_MORE_KNOWN_ORGS = """
USA GOV foggy bottom,national security council,department of homeland security,homeland security
USA MIL us army,u.s. army,us navy,u.s. navy,us air force,u.s. air force,central command,centcom,us central command
USA MED new york times,washington post,wall street journal,cbs,nbc,abc news,fox news,npr,usa today,voice of america
RUS GOV fsb,kgb,federation council
RUS MIL red army
RUS MED itar-tass,izvestia,kommersant,pravda
GBR GOV mi6,mi5,foreign office,ministry of defence,home office,whitehall,number 10,no 10
GBR LEG house of commons,house of lords,tories,tory,tory party,lib dem,liberal democrat,labour party,lib dems,liberal democrats,snp,scottish national party,plaid cymru,ukip
USA LEG gop
IND LEG bjp,bharatiya janata party
ZAF LEG anc,african national congress
ISR LEG likud
RUS LEG united russia
GBR MED guardian,financial times,daily telegraph,sky news
FRA GOV quai d'orsay
FRA MED le monde,le figaro
DEU MIL bundeswehr
DEU MED dpa,der spiegel
ESP MED efe
ITA MED ansa
ISR GOV mossad,shin bet
ISR MED haaretz,jerusalem post,yedioth ahronoth
IRN LEG majlis
IRN MIL revolutionary guards,islamic revolutionary guard corps,irgc,basij
IRN MED irna,fars,isna,mehr,press tv
PAK GOV isi,inter-services intelligence
PAK MED associated press of pakistan,dawn
CHN MIL people's liberation army,pla
CHN LEG national people's congress
CHN MED people's daily,global times,cctv
PRK MED kcna,korean central news agency
KOR GOV blue house
JPN MED jiji,asahi,nhk
SYR MED sana
EGY MED mena,al-ahram
PSE MED wafa
TUR MED anatolia
SAU MED saudi press agency,al-arabiya
LBN MED al-manar
IND MED pti,press trust of india
MYS MED bernama
IDN MED antara
SRB MED tanjug
HRV MED hina
CZE MED ctk,ceteka
POL LEG sejm
DZA MED aps,algerie presse service
SDN MED suna
KWT MED kuna
QAT MED qna
MEX MED notimex
MMR MIL tatmadaw
RUS MIL wagner,wagner group
SDN MIL rapid support forces,rsf
UKR MIL azov,azov battalion
"""
for _line in _MORE_KNOWN_ORGS.strip().splitlines():
    _country, _sector, _names = _line.split(" ", 2)
    for _org in _names.split(","):
        KNOWN_ORGS.setdefault(_org, (_country, _sector))

# World knowledge (not text evidence): heads of state/government around the time of the news
# this project reads, by full name or distinctive surname, for titles written without a country
# ("President Vladimir Putin"). Used only for someone the text gives a leader's or minister's
# title but no country.
# Heads of state and government and foreign ministers of major countries, roughly 1990-2025 (world
# knowledge). Surnames alone only where they are distinctive; common surnames are keyed by full name.
_LEADERS_BY_COUNTRY = {
    "RUS": "putin|medvedev|mishustin|yeltsin|lavrov|primakov|chernomyrdin|kozyrev|ivanov|igor ivanov|kasyanov|"
    "fradkov|zubkov|kiriyenko|stepashin|peskov|shoigu",
    "UKR": "zelensky|zelenskyy|zelenskiy|poroshenko|yanukovych|yanukovich|yushchenko|kuchma|kravchuk|tymoshenko|"
    "kuleba|klimkin|yatsenyuk|groysman|shmyhal|sybiha|azarov",
    "BLR": "lukashenko|makei",
    "TUR": "babacan|ali babacan|erdogan|cavusoglu|davutoglu|gul|abdullah gul|hakan fidan|ecevit|demirel|yildirim|binali yildirim",
    "USA": "biden|trump|obama|bush|george bush|george w. bush|clinton|bill clinton|hillary clinton|blinken|"
    "pompeo|tillerson|kerry|john kerry|condoleezza rice|colin powell|madeleine albright|albright|"
    "warren christopher|james baker|rubio|marco rubio|cheney|dick cheney|kamala harris|mike pence|pence|"
    "rumsfeld|robert gates|hagel|lloyd austin|mattis|esper|petraeus|david petraeus",
    "CHN": "xi|xi jinping|li keqiang|li qiang|hu jintao|wen jiabao|jiang zemin|zhu rongji|li peng|wang yi|"
    "yang jiechi|li zhaoxing|tang jiaxuan|qian qichen|qin gang",
    "FRA": "macron|hollande|sarkozy|chirac|mitterrand|fabius|le drian|kouchner|juppe|de villepin|villepin|"
    "vedrine|jospin|valls|barnier|bayrou",
    "DEU": "scholz|merkel|schroeder|schroder|kohl|steinmeier|maas|baerbock|westerwelle|joschka fischer|"
    "kinkel|sigmar gabriel|merz|wadephul",
    "GBR": "sunak|starmer|boris johnson|theresa may|david cameron|cameron|gordon brown|blair|tony blair|"
    "john major|william hague|jack straw|miliband|david miliband|philip hammond|"
    "jeremy hunt|raab|truss|liz truss|cleverly|lammy|robin cook",
    "IND": "modi|manmohan singh|vajpayee|jaishankar|sushma swaraj|swaraj|pranab mukherjee|gowda|narasimha rao",
    "JPN": "kishida|abe|shinzo abe|suga|noda|hatoyama|aso|fukuda|koizumi|obuchi|hashimoto|ishiba|kono",
    "ISR": "netanyahu|naftali bennett|lapid|olmert|sharon|ariel sharon|barak|ehud barak|peres|rabin|"
    "livni|lieberman|liberman|rivlin",
    "IRN": "raisi|rouhani|ahmadinejad|khatami|rafsanjani|khamenei|zarif|araghchi|amir-abdollahian|mottaki|"
    "pezeshkian|salehi|velayati",
    "SYR": "assad|bashar al-assad|muallem|moallem|mekdad|sharaa|al-sharaa",
    "CAN": "trudeau|harper|chretien|paul martin|carney",
    "ITA": "draghi|meloni|conte|giuseppe conte|renzi|letta|monti|berlusconi|prodi|tajani|di maio|frattini|d'alema",
    "ESP": "sanchez|pedro sanchez|rajoy|zapatero|aznar|felipe gonzalez|albares",
    "AUS": "albanese|morrison|turnbull|gillard|rudd|john howard|keating|julie bishop|penny wong",
    "BRA": "lula|bolsonaro|temer|rousseff|dilma rousseff|cardoso|amorim|celso amorim",
    "ZAF": "ramaphosa|zuma|mbeki|mandela|nelson mandela|de klerk",
    "KAZ": "tokayev|nazarbayev",
    "AZE": "aliyev",
    "ARM": "pashinyan|sargsyan|kocharyan",
    "EGY": "sisi|el-sisi|al-sisi|mubarak|hosni mubarak|morsi|mursi|shoukry|aboul gheit|amr moussa",
    "PRK": "kim jong un|kim jong-un|kim jong il|kim jong-il|kim il sung|kim il-sung",
    "KOR": "yoon suk-yeol|yoon suk yeol|moon jae-in|moon jae in|park geun-hye|lee myung-bak|roh moo-hyun|"
    "kim dae-jung|lee jae-myung",
    "PSE": "meshaal|mashaal|abbas|mahmoud abbas|arafat|yasser arafat|haniyeh|ismail haniyeh|fayyad|salam fayyad|sinwar",
    "HUN": "gyurcsany|orban|szijjarto",
    "POL": "duda|tusk|morawiecki|kaczynski|sikorski|walesa|kwasniewski",
    "PAK": "sharif|nawaz sharif|shehbaz sharif|imran khan|musharraf|zardari|bhutto|benazir bhutto|gilani",
    "AFG": "spanta|hamid karzai|karzai|ghani|ashraf ghani",
    "IRQ": "saddam|saddam hussein|maliki|al-maliki|abadi|al-abadi|talabani|kadhimi|sudani|zebari|allawi|barzani",
    "SAU": "salman|mohammed bin salman|bin salman|king abdullah|king fahd|saud al-faisal|al-jubeir|jubeir",
    "VEN": "maduro|chavez|hugo chavez",
    "CUB": "castro|fidel castro|raul castro|diaz-canel",
    "MEX": "lopez obrador|calderon|felipe calderon|vicente fox|zedillo|pena nieto|sheinbaum",
    "ARG": "milei|kirchner|macri|menem",
    "LBY": "gaddafi|qaddafi|qadhafi|kadhafi",
    "SDN": "bashir|al-bashir|burhan|al-burhan",
    "ZWE": "tsvangirai|mugabe|mnangagwa",
    "SRB": "kostunica|vucic|milosevic|tadic",
    "GEO": "saakashvili|shevardnadze",
    "LBN": "nasrallah|michel sleiman|sleiman|aoun|hariri|rafik hariri|saad hariri|siniora|mikati|michel suleiman|berri",
    "JOR": "king abdullah ii",
    "QAT": "al-thani",
    "NGA": "buhari|obasanjo|goodluck jonathan|tinubu|yar'adua",
    "KEN": "odinga|raila odinga|ruto|kenyatta|uhuru kenyatta|kibaki|moi",
    "ETH": "abiy|abiy ahmed|meles|meles zenawi",
    "PHL": "duterte|marcos|aquino|arroyo",
    "IDN": "widodo|jokowi|yudhoyono|suharto|prabowo",
    "THA": "samak|abhisit|yingluck|thaksin|prayuth|prayut",
    "MMR": "thein sein|suu kyi|aung san suu kyi|min aung hlaing",
    "VNM": "nguyen tan dung",
    "GRC": "karamanlis|tsipras|mitsotakis|papandreou|samaras",
    "NLD": "balkenende|schoof|rutte",
    "BEL": "verhofstadt|leterme|de croo|charles michel",
    "SWE": "reinfeldt|lofven|kristersson|bildt",
    "AUT": "kurz",
    "CHE": "cassis",
    "CZE": "topolanek|babis|havel|vaclav klaus",
    "CHL": "boric|pinera|bachelet",
    "COL": "gustavo petro|uribe|duque",
    "PER": "fujimori",
    "BOL": "evo morales",
    "NIC": "daniel ortega",
    "RWA": "kagame",
    "UGA": "museveni",
    "COD": "kabila|tshisekedi",
    "SOM": "farmajo",
    "TWN": "tsai ing-wen|ma ying-jeou|lai ching-te|chen shui-bian",
    "ECU": "correa|rafael correa|lasso|noboa",
    "PRY": "lugo",
    "DZA": "bouteflika|tebboune",
    "TUN": "ben ali|saied|kais saied|essebsi",
    "MAR": "mohammed vi",
    "YEM": "ali abdullah saleh|abd-rabbu mansour hadi",
    "LKA": "rajapaksa|wickremesinghe",
    "NPL": "prachanda",
    "KHM": "hun sen|hun manet",
    "MYS": "abdullah badawi|najib|najib razak|mahathir|anwar ibrahim",
    "SGP": "lee hsien loong|lee kuan yew",
    "UZB": "karimov|mirziyoyev",
    "TKM": "berdymukhamedov|niyazov",
    "MDA": "voronin|sandu|maia sandu",
    "HRV": "sanader|plenkovic|tudjman",
    "DNK": "fogh rasmussen|frederiksen|mette frederiksen",
    "NOR": "stoltenberg|jens stoltenberg",
    "FIN": "vanhanen|niinisto|stubb",
    "ROU": "basescu|iohannis",
    "CYP": "christofias|anastasiades",
}
KNOWN_LEADERS: dict[str, str] = {
    name: country for country, names in _LEADERS_BY_COUNTRY.items() for name in names.split("|")
}

# More heads of state and government, prime ministers, vice-presidents and leaders of armed movements,
# roughly 1975-2010, for countries the table above covers thinly (world knowledge; the wire stories of
# that era name them with a bare title: "President Levy Mwanawasa"). Common surnames only with a first name.
_MORE_LEADERS_BY_COUNTRY = {
    "ZMB": "kaunda|kenneth kaunda|chiluba|mwanawasa|rupiah banda|michael sata|hichilema|edgar lungu",
    "MOZ": "chissano|guebuza|samora machel|nyusi|dhlakama",
    "AGO": "eduardo dos santos|jose eduardo dos santos|savimbi|jonas savimbi|joao lourenco",
    "NAM": "nujoma|sam nujoma|pohamba",
    "BWA": "masire|mogae|ian khama",
    "MWI": "hastings banda|kamuzu banda|muluzi|bingu wa mutharika|mutharika",
    "TZA": "nyerere|mwinyi|mkapa|kikwete|magufuli",
    "KEN": "moody awori|awori|daniel arap moi|arap moi|mwai kibaki",
    "UGA": "obote|milton obote|idi amin|yoweri museveni",
    "RWA": "habyarimana|juvenal habyarimana|bizimungu|paul kagame",
    "BDI": "buyoya|ndadaye|ntaryamira|ntibantunganya|nkurunziza",
    "COD": "mobutu|mobutu sese seko|laurent kabila|joseph kabila|laurent-desire kabila",
    "COG": "sassou nguesso|sassou-nguesso|lissouba",
    "CMR": "paul biya|biya|ahidjo",
    "GAB": "omar bongo|ali bongo",
    "TCD": "idriss deby|deby|hissene habre|habre",
    "CAF": "bozize|patasse|kolingba",
    "NGA": "abacha|sani abacha|babangida|shagari|abubakar|abdulsalami abubakar",
    "GHA": "rawlings|jerry rawlings|kufuor|atta mills|john atta mills|mahama|akufo-addo",
    "CIV": "houphouet-boigny|houphouet|konan bedie|henri konan bedie|gbagbo|laurent gbagbo|ouattara|alassane ouattara|robert guei|guei",
    "LBR": "samuel doe|charles taylor|sirleaf|johnson sirleaf|ellen johnson sirleaf|weah",
    "SLE": "kabbah|tejan kabbah|momoh|strasser|foday sankoh|sankoh",
    "GIN": "lansana conte|alpha conde",
    "SEN": "abdou diouf|abdoulaye wade|senghor|macky sall",
    "MLI": "konare|amadou toumani toure|ibrahim boubacar keita",
    "BFA": "compaore|blaise compaore|sankara|thomas sankara",
    "NER": "tandja|mamadou tandja|mainassara",
    "MRT": "ould taya|ould taya|ould abdel aziz|mohamed ould abdel aziz|abdallahi|sidi ould cheikh abdallahi",
    "TGO": "eyadema|gnassingbe",
    "BEN": "kerekou|soglo|boni yayi",
    "ETH": "mengistu|mengistu haile mariam|haile selassie",
    "ERI": "afwerki|isaias afwerki",
    "SOM": "siad barre|aideed|aidid|sharif sheikh ahmed|abdullahi yusuf",
    "SDN": "nimeiri|numeiri|sadiq al-mahdi|omar hassan al-bashir|omar el bashir|garang|john garang",
    "EGY": "sadat|anwar sadat",
    "TUN": "bourguiba",
    "DZA": "ben bella|ahmed ben bella|boumediene|chadli bendjedid|bendjedid|zeroual|boudiaf",
    "MAR": "king hassan|hassan ii",
    "ZAF": "buthelezi|mangosuthu buthelezi|p.w. botha|pw botha|thabo mbeki",
    "ISR": "moshe arens|shimon peres|yitzhak rabin|shamir|yitzhak shamir|menachem begin|mofaz|shaul mofaz|tzipi livni",
    "JOR": "king hussein",
    "SYR": "khaddam|abdel halim khaddam|hafez al-assad|hafez assad",
    "LBN": "hrawi|elias hrawi|amin gemayel|bashir gemayel|gemayel|lahoud|emile lahoud|karami|michel aoun",
    "IRN": "kharrazi|kamal kharrazi|khomeini|jalili|saeed jalili|larijani|ali larijani",
    "AFG": "najibullah|rabbani|burhanuddin rabbani|mullah omar|hekmatyar",
    "PAK": "zia ul-haq|zia-ul-haq|sherpao|leghari|tarar|yousuf raza gilani|shah mehmood qureshi|kayani|pervez musharraf",
    "BGD": "sheikh hasina|hasina|khaleda zia|ershad",
    "LKA": "kumaratunga|premadasa|jayewardene|prabhakaran",
    "IND": "v.p. singh|chandra shekhar|jaswant singh|rajiv gandhi|indira gandhi|gujral|deve gowda",
    "NPL": "koirala|gyanendra",
    "MMR": "ne win|than shwe|khin nyunt",
    "THA": "chuan leekpai|chavalit|prem tinsulanonda|somchai|somchai wongsawat",
    "KHM": "sihanouk|norodom sihanouk|pol pot|ranariddh",
    "VNM": "phan van khai|nguyen van linh|do muoi|le kha phieu|nong duc manh",
    "IDN": "habibie|abdurrahman wahid|megawati|sukarnoputri",
    "PHL": "fidel ramos|joseph estrada|corazon aquino",
    "CHN": "hu yaobang|wu yi|deng xiaoping|zhao ziyang|yang shangkun",
    "TWN": "lee teng-hui|chiang ching-kuo",
    "KOR": "roh tae-woo|kim young-sam|chun doo-hwan",
    "JPN": "nakasone|takeshita|kaifu|miyazawa|murayama|yoshiro mori|hosokawa|obuchi",
    "RUS": "lebed|chubais|zyuganov|yavlinsky|zhirinovsky|gorbachev|brezhnev|andropov|chernenko",
    "BIH": "karadzic|mladic|izetbegovic|silajdzic",
    "SRB": "ante markovic|djindjic|slobodan milosevic",
    "HRV": "mesic|racan|franjo tudjman",
    "SVN": "kucan|drnovsek",
    "MKD": "gligorov|trajkovski",
    "ALB": "berisha|fatos nano",
    "BGR": "zhivkov|parvanov",
    "ROU": "ceausescu|iliescu",
    "SVK": "meciar",
    "POL": "mazowiecki|jaruzelski",
    "DEU": "genscher",
    "FRA": "roland dumas|de charette|rocard|balladur",
    "GBR": "geoffrey howe|douglas hurd|malcolm rifkind|lord carrington|thatcher|margaret thatcher",
    "ITA": "andreotti|craxi",
    "PRT": "cavaco silva|mario soares",
    "GRC": "simitis",
    "TUR": "ozal|turgut ozal|ciller|tansu ciller|erbakan|mesut yilmaz",
    "CYP": "clerides|denktash",
    "HTI": "aristide|preval|prosper avril|duvalier|namphy|cedras",
    "DOM": "balaguer",
    "NIC": "chamorro|violeta chamorro|somoza|arnoldo aleman",
    "SLV": "napoleon duarte|cristiani",
    "GTM": "rios montt|vinicio cerezo",
    "PAN": "noriega|endara",
    "COL": "gaviria|ernesto samper|pastrana|virgilio barco",
    "VEN": "carlos andres perez|rafael caldera",
    "PER": "alan garcia|alejandro toledo|ollanta humala",
    "BOL": "banzer|sanchez de lozada",
    "CHL": "pinochet|aylwin|ricardo lagos|eduardo frei",
    "ARG": "alfonsin|de la rua|duhalde",
    "BRA": "sarney|collor",
    "URY": "sanguinetti",
    "PRY": "stroessner",
    "MEX": "carlos salinas|salinas de gortari",
    "FJI": "rabuka|mahendra chaudhry|bainimarama|speight",
    "NZL": "david lange|jim bolger|helen clark|ardern",
    "OMN": "qaboos",
    "TJK": "rakhmonov|rahmon",
    "KGZ": "akayev|bakiyev",
    "LTU": "landsbergis|brazauskas",
    "ZWE": "mutambara|arthur mutambara",
    "PSE": "erekat|saeb erekat|qurei|ahmed qurei",
    "USA": "reagan|ronald reagan|jimmy carter|george h.w. bush|shultz|george shultz|alexander haig|weinberger|al gore|dan quayle|mondale|eagleburger|holbrooke|negroponte",
    "IRQ": "tariq aziz|taha yassin ramadan|izzat ibrahim",
    "HUN": "antall|gyula horn",
}
# The 1980s wire (Reuters-21578): ministers and leaders it names with a bare title.
_WIRE_1980S_LEADERS = {
    "CAN": "mulroney|brian mulroney|joe clark",
    "AUS": "hawke|bob hawke",
    "NLD": "lubbers|ruud lubbers",
    "AUT": "waldheim|kurt waldheim|vranitzky",
    "DEU": "weizsaecker|von weizsaecker|richard von weizsaecker|gerhard stoltenberg|genscher",
    "GBR": "geoffrey howe|nigel lawson|margaret thatcher",
    "ARG": "alfonsin|raul alfonsin|sourrouille|juan sourrouille",
    "BRA": "sarney|jose sarney|funaro|dilson funaro",
    "JPN": "nakasone|yasuhiro nakasone|takeshita|miyazawa|kiichi miyazawa",
    "SAU": "king fahd|hisham nazer",
    "USA": "yeutter|clayton yeutter|baldrige|malcolm baldrige|james baker|volcker|paul volcker",
}
for _country, _names in [*_MORE_LEADERS_BY_COUNTRY.items(), *_WIRE_1980S_LEADERS.items()]:
    for _name in _names.split("|"):
        KNOWN_LEADERS.setdefault(_name, _country)


def head_sector(word: str) -> str | None:
    return HEAD_SECTORS.get(word.lower())


@cache
def role_heads() -> frozenset[str]:
    """Single words that can end a person's or organisation's title ("minister", "spokesman", "agency")."""
    return frozenset({w for w in HEAD_SECTORS if " " not in w} | GENERIC_HEADS)


@cache
def role_words() -> frozenset[str]:
    """Every single word that can be part of a title (heads, generic heads, modifiers)."""
    return frozenset(role_heads() | TITLE_MODIFIERS | {w for w in MODIFIER_SECTORS if " " not in w})


def title_sector(words: list[str]) -> str | None:
    """Sector of a title given its words in order, the head last ("Kremlin", "spokesman")."""
    lowered = [w.lower() for w in words]
    for word in lowered:
        if word in OVERRIDING_MODIFIERS:
            return OVERRIDING_MODIFIERS[word]
    if "police" in lowered and lowered[-1] not in ("minister", "ministry", "secretary"):
        return "COP"  # "police chief Colonel X", "Police Commissioner": a rank or office in the police
    if len(lowered) > 1 and lowered[-1] == "general" and lowered[-2] in CIVIL_GENERALS:
        lowered = lowered[:-1]  # "director general", "attorney general" are no army ranks
    if len(lowered) > 1 and lowered[-1] == "secretary" and lowered[-2] == "general":
        lowered = [*lowered[:-2], "official"]  # a union's or party's "general secretary": generic
    # Two-word heads first ("attorney general", "chief executive", "secretary of state").
    joined = " ".join(lowered)
    for size in (3, 2):
        for i in range(len(lowered) - size + 1):
            phrase = " ".join(lowered[i : i + size])
            if phrase in HEAD_SECTORS and joined.endswith(phrase):
                return HEAD_SECTORS[phrase]
    head = lowered[-1] if lowered else ""
    if head and head not in GENERIC_HEADS and head in HEAD_SECTORS:
        return HEAD_SECTORS[head]
    for word in reversed(lowered[:-1]):
        if word in MODIFIER_SECTORS:
            return MODIFIER_SECTORS[word]
        if word in HEAD_SECTORS and word not in TITLE_MODIFIERS:
            return HEAD_SECTORS[word]
    for size in (3, 2):
        for i in range(len(lowered) - size + 1):
            phrase = " ".join(lowered[i : i + size])
            if phrase in MODIFIER_SECTORS:
                return MODIFIER_SECTORS[phrase]
    return None


# Heads that name an organisation, not a person: a name after "news agency" is an ORG even when
# the small model calls it a PERSON, and a name after "minister" is a person even when it says ORG.
ORG_HEADS = _words(
    """ministry government cabinet administration kremlin presidency army navy military police court parliament
    senate congress duma assembly company firm corporation bank agency newspaper tv television radio magazine daily
    news outlet charity ngo university institute church mosque hospital commission un nato eu who imf opec osce
    troops soldiers rebels insurgents militants guerrillas separatists residents civilians protesters marines
    """
)


# Words that end a company's name ("Apple Inc.", "Qatar Airways").
COMPANY_WORDS = _words("inc inc. corp corp. co co. ltd ltd. llc plc gmbh s.a. n.v. airlines airways holdings motors")


# Organisation words that decide the sector wherever they stand in the name ("Police Department").
STRONG_ORG_WORDS = {
    "police": "COP",
    "army": "MIL",
    "navy": "MIL",
    "military": "MIL",
    "court": "JUD",
    "parliament": "LEG",
}


def org_sector(words: list[str]) -> str | None:
    """Sector an organisation's own name gives it: its head part first ("European Court of Human Rights"
    → the "European Court"), strong words anywhere in it, then its last words first
    ("United States Air Force" → MIL, "Singapore Airlines" → BUS, "Russian Foreign Ministry" → GOV)."""
    lowered = [w.lower() for w in words]
    head_part = lowered[: lowered.index("of")] if "of" in lowered[1:] else lowered
    for part in (head_part, lowered):
        strong = next((STRONG_ORG_WORDS[w] for w in part if w in STRONG_ORG_WORDS), None)
        sector = strong or _sector_from_right(part)
        if sector:
            return sector
    return None


def _sector_from_right(lowered: list[str]) -> str | None:
    for i in range(len(lowered) - 1, -1, -1):
        for size in (3, 2):
            if i - size + 1 >= 0:
                phrase = " ".join(lowered[i - size + 1 : i + 1])
                sector = HEAD_SECTORS.get(phrase) or MODIFIER_SECTORS.get(phrase)
                if sector:
                    return sector
        word = lowered[i]
        if word in COMPANY_WORDS:
            return "BUS"
        # Person titles inside a name say nothing of the organisation ("General Motors", "National
        # Executive Committee"); organisation words do ("Ministry", "Court", "Police").
        sector = OVERRIDING_MODIFIERS.get(word) or MODIFIER_SECTORS.get(word)
        if sector is None and word in ORG_HEADS:
            sector = HEAD_SECTORS.get(word)
        if sector:
            return sector
    return None


# Heads whose sector is their organisation's when one is named: a company's president is BUS.
ORG_DEPENDENT_HEADS = _words("president vice-president chairman chairwoman director head chief")

# Generic heads that still name a person, so a name after them is a person ("spokesman Kuleba").
PERSON_GENERIC_HEADS = _words("spokesman spokeswoman spokesperson chairman chairwoman adviser advisor aide")
