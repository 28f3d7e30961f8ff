"""The trigger lexicon: which words carry which PLOVER event, and where its recipient sits.

Written for newsgraph (no other coder's dictionary was copied). Verbs are keyed by lemma;
event nouns ("talks", "shelling", "sanctions") count only under a light verb of their kind
("hold talks", "impose sanctions") or as the cause of a passive harm ("killed in shelling").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


def _words(text: str) -> list[str]:
    return text.split()


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str  # PLOVER type
    mode: str | None = None
    recipient: tuple[str, ...] = ("dobj",)  # "dobj", "dative", or prepositions that introduce the recipient
    objects: str | None = None  # name of an object class the verb needs ("aid": weapons, money, food…)
    symmetric: bool = False  # conjoined subjects act on each other (meet, agree, clash)


# lemma  KIND  mode|-  recipient-slots|-  [objects=CLASS] [sym]
_VERBS = """
agree AGREE - with,on sym
pledge AGREE - to,dative
promise AGREE - to,dative
vow AGREE - -
swear AGREE - -
offer AGREE - to,dative
accept AGREE - dobj objects=acceptable
ratify SUPPORT agreement with
meet CONSULT - dobj,with sym
visit CONSULT visit dobj
host CONSULT host dobj
talk CONSULT - with,to sym
discuss CONSULT - with sym
negotiate CONSULT negotiate with sym
consult CONSULT - dobj,with sym
mediate CONSULT mediate between
broker CONSULT mediate between objects=deals
facilitate CONSULT mediate between objects=talks
telephone CONSULT phone dobj
phone CONSULT phone dobj
praise SUPPORT - dobj
commend SUPPORT - dobj
hail SUPPORT - dobj
laud SUPPORT - dobj
applaud SUPPORT - dobj
endorse SUPPORT - dobj
congratulate SUPPORT - dobj
thank SUPPORT - dobj
support SUPPORT - dobj
back SUPPORT - dobj
defend SUPPORT defend dobj
recognize SUPPORT recognize dobj
recognise SUPPORT recognize dobj
apologize SUPPORT apologize to
apologise SUPPORT apologize to
forgive SUPPORT forgive dobj
concede CONCEDE - to
relent CONCEDE - to
cooperate COOPERATE - with sym
invest COOPERATE economic in
collaborate COOPERATE - with sym
share COOPERATE intelligence with objects=information
establish SUPPORT cooperate with objects=ties
restore SUPPORT cooperate with objects=ties
normalize SUPPORT cooperate with objects=ties
extradite COOPERATE legal to
supply AID - to,dobj objects=aid
provide AID - to,dobj objects=aid
give AID - dative,to objects=aid
send AID - to objects=aid
deliver AID - to objects=aid
donate AID - to objects=aid
grant AID - dative,to objects=aid
ship AID - to objects=aid
arm AID military dobj
help AID - dobj
assist AID - dobj
fund AID economic dobj
finance AID economic dobj
release RETREAT release dobj objects=people
free RETREAT release dobj objects=people
exchange RETREAT release with sym objects=people
swap RETREAT release with sym objects=people
repatriate RETREAT - to
withdraw RETREAT military from
evacuate RETREAT military dobj
lift CONCEDE legal - objects=restrictions
open RETREAT ease to objects=passage
ease CONCEDE legal - objects=restrictions
relax CONCEDE legal - objects=restrictions
shorten CONCEDE legal - objects=restrictions
overturn CONCEDE legal - objects=restrictions
reverse CONCEDE legal - objects=restrictions
quash CONCEDE legal - objects=restrictions
annul CONCEDE legal - objects=restrictions
revoke CONCEDE legal - objects=restrictions
repeal CONCEDE legal - objects=restrictions
rescind CONCEDE legal - objects=restrictions
scrap CONCEDE legal - objects=restrictions
retreat RETREAT military from
surrender RETREAT military to
demand REQUEST - dobj,from
urge REQUEST appeal dobj
appeal REQUEST appeal to
ask REQUEST appeal dobj
request REQUEST appeal dobj,from
order REQUEST - dobj
seek REQUEST aid from objects=refuge
accuse ACCUSE - dobj
blame ACCUSE - dobj
allege ACCUSE - -
criticize ACCUSE criticize dobj
criticise ACCUSE criticize dobj
protest PROTEST demo against
picket PROTEST demo dobj
storm ASSAULT - dobj
overrun ASSAULT - dobj
capture COERCE seize dobj
murder ASSAULT - dobj
slay ASSAULT - dobj
stab ASSAULT beat dobj
behead ASSAULT unconventional dobj
pound ASSAULT heavy-weapons dobj
raid ASSAULT - dobj
detonate ASSAULT bombing -
target ASSAULT - dobj
shut COERCE restrict dobj objects=outlets
close COERCE restrict dobj,to objects=outlets
restrict COERCE restrict dobj
curb COERCE restrict dobj
disarm RETREAT military dobj
reinforce MOBILIZE military dobj
halt SANCTION aid to objects=ties
prohibit SANCTION aid - objects=ties
stop SANCTION aid to objects=ties
reduce SANCTION - - objects=ties
downgrade SANCTION diplomatic - objects=ties
allow CONCEDE - dobj objects=allowable
press REQUEST - dobj
plead REQUEST appeal with
petition REQUEST appeal dobj
invite REQUEST invite dobj
condemn ACCUSE criticize dobj
denounce ACCUSE criticize dobj
slam ACCUSE criticize dobj
decry ACCUSE criticize dobj
deplore ACCUSE criticize dobj
rebuke ACCUSE criticize dobj
complain ACCUSE complain about,to
summon ACCUSE complain dobj objects=envoy
sue ACCUSE legal dobj
investigate ACCUSE investigate dobj
probe ACCUSE investigate dobj
reject REJECT - dobj
refuse REJECT - dobj
decline REJECT - dobj
rebuff REJECT - dobj
dismiss REJECT - dobj objects=dismissable
oppose REJECT - dobj
defy REJECT defy dobj
veto REJECT - dobj
renege REJECT - on
violate REJECT defy - objects=norms
threaten THREATEN - dobj
warn THREATEN - dobj,against
demonstrate PROTEST demo against
rally PROTEST demo against
march PROTEST demo against,on
riot PROTEST riot against
boycott PROTEST strike dobj
block PROTEST obstruct - objects=passage
sanction SANCTION embargo dobj
expel SANCTION expel dobj
suspend SANCTION - with,to objects=ties
sever SANCTION diplomatic with objects=ties
cut SANCTION diplomatic with objects=ties
recall SANCTION diplomatic from objects=envoy
freeze SANCTION embargo - objects=assets
mobilize MOBILIZE military -
mobilise MOBILIZE military -
deploy MOBILIZE military to objects=forces
mass MOBILIZE military near,on objects=forces
arrest COERCE arrest dobj
detain COERCE arrest dobj
jail COERCE arrest dobj
imprison COERCE arrest dobj
charge COERCE arrest dobj
indict COERCE arrest dobj
deport COERCE deport dobj
seize COERCE seize dobj
break SANCTION diplomatic with objects=ties
confiscate COERCE seize dobj
occupy COERCE occupy dobj
recapture ASSAULT - from,dobj
retake ASSAULT - from,dobj
conquer ASSAULT - dobj
blockade COERCE blockade dobj
besiege COERCE blockade dobj
ban COERCE restrict dobj
censor COERCE restrict dobj
demolish COERCE seize dobj
attack ASSAULT - dobj
kill ASSAULT - dobj
bomb ASSAULT aerial dobj
shell ASSAULT heavy-weapons dobj
bombard ASSAULT heavy-weapons dobj
strike ASSAULT - dobj
shoot ASSAULT firearms dobj,at
fire ASSAULT - at,on,into objects=weapons
launch ASSAULT - at,on,into,against objects=weapons
throw ASSAULT - at objects=weapons
hurl ASSAULT - at objects=weapons
lob ASSAULT - at,into objects=weapons
receive AID - from objects=aid
clash ASSAULT - with sym
fight ASSAULT - dobj,with,against sym
assassinate ASSAULT assassinate dobj
abduct ASSAULT abduct dobj
kidnap ASSAULT abduct dobj
hijack ASSAULT abduct dobj
beat ASSAULT beat dobj
wound ASSAULT - dobj
injure ASSAULT - dobj
invade ASSAULT - dobj
massacre ASSAULT massacre dobj
ambush ASSAULT - dobj
seal COERCE blockade dobj objects=cordoned
torture ASSAULT beat dobj
execute ASSAULT unconventional dobj
hang ASSAULT unconventional dobj objects=people
torpedo ASSAULT - dobj
maim ASSAULT beat dobj
pillage ASSAULT - dobj
ransack ASSAULT - dobj
skirmish ASSAULT - with sym
encircle COERCE blockade dobj
redeploy MOBILIZE military to objects=forces
rearm MOBILIZE military -
fortify MOBILIZE military dobj
muster MOBILIZE military dobj
conscript MOBILIZE military dobj
guarantee AGREE - dative,to
assure AGREE - dobj
confer CONSULT - with sym
attend CONSULT visit - objects=gathering
welcome SUPPORT - dobj
salute SUPPORT - dobj
honor SUPPORT - dobj
honour SUPPORT - dobj
express SUPPORT - to,for objects=sentiment
voice SUPPORT - to,for objects=sentiment
sympathize SUPPORT - with
coordinate COOPERATE - with sym
partner COOPERATE - with sym
airlift AID humanitarian to
contribute AID - to objects=aid
lend AID economic dative,to
loan AID economic dative,to
rescue AID - dobj
shelter AID asylum dobj
resign RETREAT - from
cede RETREAT - to
vacate RETREAT - dobj
relinquish RETREAT - dobj
pardon CONCEDE legal dobj
amnesty CONCEDE legal dobj
permit CONCEDE - dobj objects=allowable
reopen CONCEDE - dobj objects=outlets
reinstate CONCEDE - dobj
implore REQUEST appeal dobj
exhort REQUEST appeal dobj
entreat REQUEST appeal dobj
prod REQUEST - dobj
enjoin REQUEST - dobj
solicit REQUEST aid from objects=aid
concur AGREE - with
consent AGREE - to
parley CONSULT negotiate with sym
intercede CONSULT mediate with
champion SUPPORT - dobj
vouch SUPPORT defend for
side SUPPORT - with
normalise SUPPORT cooperate with objects=ties
loosen CONCEDE legal - objects=restrictions
commute CONCEDE legal dobj objects=sentences
legalise CONCEDE political dobj objects=groups
legalize CONCEDE political dobj objects=groups
unban CONCEDE political dobj
airdrop AID humanitarian to,into objects=aid
resettle AID asylum dobj objects=people
demobilise RETREAT military dobj
demobilize RETREAT military dobj
demilitarise RETREAT military dobj
unfreeze RETREAT ease dobj objects=assets
admonish ACCUSE criticize dobj
scuttle REJECT - dobj objects=rejectable
flout REJECT defy dobj objects=rejectable
abrogate REJECT - dobj
filibuster REJECT - dobj
menace THREATEN - dobj
browbeat THREATEN - dobj
heckle PROTEST demo dobj
ostracise SANCTION - dobj
ostracize SANCTION - dobj
curtail SANCTION diplomatic with objects=ties
garrison MOBILIZE military in objects=forces
scramble MOBILIZE alert - objects=warplanes
militarise MOBILIZE military dobj
militarize MOBILIZE military dobj
proscribe COERCE restrict dobj
intern COERCE arrest dobj objects=people
firebomb ASSAULT bombing dobj
beseech REQUEST appeal dobj
stonewall REJECT - dobj
muzzle COERCE restrict dobj
disburse AID economic to objects=aid
beg REQUEST appeal dobj
pressure REQUEST - dobj
censure ACCUSE criticize dobj
lambast ACCUSE criticize dobj
lambaste ACCUSE criticize dobj
castigate ACCUSE criticize dobj
berate ACCUSE criticize dobj
reprimand ACCUSE criticize dobj
chide ACCUSE criticize dobj
fault ACCUSE criticize dobj
snub REJECT - dobj
spurn REJECT - dobj
shun REJECT - dobj
resist REJECT defy dobj
obstruct PROTEST obstruct dobj
blacklist SANCTION embargo dobj
penalize SANCTION - dobj
penalise SANCTION - dobj
withhold SANCTION aid from,to objects=ties
cancel SANCTION - with objects=ties
station MOBILIZE military in objects=forces
evict COERCE deport dobj
exile COERCE deport dobj
annex COERCE occupy dobj
disperse COERCE restrict dobj
expropriate COERCE seize dobj
nationalize COERCE seize dobj
loot COERCE seize dobj,from
steal COERCE seize from
plunder COERCE seize dobj,from
sabotage ASSAULT - dobj
torch ASSAULT - dobj
crush ASSAULT - dobj
repel ASSAULT - dobj
repulse ASSAULT - dobj
burn ASSAULT - dobj objects=property
rape ASSAULT beat dobj
lynch ASSAULT beat dobj
ram ASSAULT - dobj,into
retaliate ASSAULT - against
avenge ASSAULT - -
leave RETREAT military dobj objects=places
speak CONSULT - with sym
balk REJECT - at
object REJECT - to
disregard REJECT defy dobj
ignore REJECT defy dobj objects=demands
dismantle RETREAT military dobj
decommission RETREAT military dobj
demilitarize RETREAT military dobj
return RETREAT - to objects=returnable
tour CONSULT visit dobj
travel CONSULT visit to
convene CONSULT - dobj
brief CONSULT - dobj
blast ACCUSE criticize dobj
reproach ACCUSE criticize dobj
ridicule ACCUSE criticize dobj
mock ACCUSE criticize dobj
hack COERCE - into,dobj
assault ASSAULT - dobj
battle ASSAULT - dobj,with sym
destroy ASSAULT - dobj
sink ASSAULT - dobj
poison ASSAULT - dobj
explode ASSAULT bombing - objects=weapons
aid AID - dobj
equip AID military dobj
subsidize AID economic dobj
subsidise AID economic dobj
settle AGREE settle - objects=disputes
embargo SANCTION embargo dobj
lobby REQUEST - dobj
deny REJECT - - objects=claims
interrogate ACCUSE investigate dobj
question ACCUSE investigate dobj objects=people
inspect ACCUSE investigate dobj
sentence COERCE arrest dobj
convict ACCUSE convict dobj
apprehend COERCE arrest dobj
intercept COERCE seize dobj
outlaw COERCE restrict dobj
dissolve COERCE restrict dobj objects=bodies
disapprove ACCUSE criticize of
scold ACCUSE criticize dobj
inquire ACCUSE investigate into
examine ACCUSE investigate dobj
scrutinize ACCUSE investigate dobj
repudiate REJECT - dobj
renounce REJECT - dobj
disavow REJECT - dobj
dispatch MOBILIZE military to objects=forces
amass MOBILIZE military near,on objects=forces
suppress COERCE restrict dobj
repress COERCE restrict dobj
harass COERCE restrict dobj
intimidate COERCE restrict dobj
raze COERCE seize dobj
bulldoze COERCE seize dobj
slaughter ASSAULT massacre dobj
strafe ASSAULT aerial dobj
yield CONCEDE - to
capitulate CONCEDE - to
acquiesce CONCEDE - to
disband RETREAT military dobj
approve SUPPORT - dobj
appreciate SUPPORT - dobj
extol SUPPORT - dobj
assail ACCUSE criticize dobj
chastise ACCUSE criticize dobj
excoriate ACCUSE criticize dobj
upbraid ACCUSE criticize dobj
pillory ACCUSE criticize dobj
vilify ACCUSE criticize dobj
prosecute ACCUSE legal dobj
persecute COERCE restrict dobj
train AID military dobj objects=forces
rush MOBILIZE military to objects=forces
post MOBILIZE military in,at,to objects=forces
hand RETREAT - to objects=returnable
admit CONCEDE - dobj objects=allowable
barricade PROTEST obstruct - objects=passage
fly AID - to objects=aid
distribute AID - to objects=aid
pass COOPERATE intelligence to objects=information
coerce COERCE - dobj
quell COERCE restrict dobj
subdue COERCE restrict dobj
impound COERCE seize dobj
nationalise COERCE seize dobj
"""

# Phrasal verbs: lemma+particle  KIND  mode|-  recipient-slots|-
_PHRASAL = """
blow+up ASSAULT bombing dobj
shoot+down ASSAULT - dobj
gun+down ASSAULT firearms dobj
force+out COERCE deport dobj
crack+down COERCE restrict on
step+down RETREAT - from
pull+out RETREAT military of,from
hand+over RETREAT - to
bail+out AID economic dobj
back+down CONCEDE - -
sit+down CONSULT - with sym
pull+back RETREAT military from
hand+back RETREAT - to objects=returnable
give+up RETREAT - dobj
round+up COERCE arrest dobj
seal+off COERCE blockade dobj objects=cordoned
cordon+off COERCE blockade dobj objects=cordoned
break+up COERCE restrict dobj objects=gatherings
lock+up COERCE arrest dobj
lash+out ACCUSE criticize at,against
hit+out ACCUSE criticize at
walk+out PROTEST demo of
rule+out REJECT - dobj
turn+down REJECT - dobj
break+off SANCTION diplomatic with objects=ties
cut+off SANCTION diplomatic with objects=ties
give+in CONCEDE - to
kick+out SANCTION expel dobj objects=envoy
throw+out REJECT - dobj objects=rejectable
brush+aside REJECT - dobj
tip+off COOPERATE intelligence dobj
climb+down CONCEDE - -
wave+away REJECT - dobj
stand+down RETREAT - from
"""

# Event nouns: lemma  KIND  mode|-  (light verbs are per kind, below)
_NOUNS = """
talk CONSULT negotiate|negotiation CONSULT negotiate|meeting CONSULT -|summit CONSULT -|consultation CONSULT -
discussion CONSULT -|visit CONSULT visit|trip CONSULT visit|mediation CONSULT mediate|conversation CONSULT phone
agreement AGREE agreement|deal AGREE agreement|accord AGREE agreement|pact AGREE agreement|treaty AGREE agreement
memorandum AGREE agreement
truce AGREE ceasefire|ceasefire AGREE ceasefire|cease-fire AGREE ceasefire|breakthrough AGREE -|progress AGREE -
consensus AGREE -|compromise AGREE -|armistice AGREE ceasefire
explosion ASSAULT bombing|blast ASSAULT bombing|bomb ASSAULT bombing
attack ASSAULT -|strike ASSAULT -|airstrike ASSAULT aerial|raid ASSAULT -|offensive ASSAULT -|assault ASSAULT -
bombing ASSAULT bombing|shelling ASSAULT heavy-weapons|bombardment ASSAULT heavy-weapons|invasion ASSAULT -
operation ASSAULT -|fire ASSAULT -|clash ASSAULT -|fighting ASSAULT -|gunfire ASSAULT firearms|shooting ASSAULT firearms
gunfight ASSAULT firearms|firefight ASSAULT firearms|shootout ASSAULT firearms|skirmish ASSAULT -
sanction SANCTION embargo|embargo SANCTION embargo|tariff SANCTION embargo|blockade COERCE blockade|curfew COERCE restrict
aid AID -|assistance AID -|support AID -|weapon AID military|arm AID military|asylum AID asylum
protest PROTEST demo|demonstration PROTEST demo|rally PROTEST demo|march PROTEST demo|sit-in PROTEST demo
hunger-strike PROTEST hunger|boycott PROTEST strike
investigation ACCUSE investigate|probe ACCUSE investigate|inquiry ACCUSE investigate|lawsuit ACCUSE legal
suit ACCUSE legal|sit-in PROTEST obstruct
evidence ACCUSE -|charge ACCUSE -|allegation ACCUSE -|complaint ACCUSE complain|accusation ACCUSE -|criticism ACCUSE criticize|condemnation ACCUSE criticize
warning THREATEN -|threat THREATEN -|ultimatum THREATEN ultimatum
warrant COERCE arrest|arrest COERCE arrest|crackdown COERCE restrict
appeal REQUEST appeal|demand REQUEST -|request REQUEST appeal|call REQUEST appeal|plea REQUEST appeal
hearing ACCUSE investigate|exercise COOPERATE military|drill COOPERATE military|maneuver COOPERATE military|manoeuvre COOPERATE military
riot PROTEST riot|agitation PROTEST demo
detention COERCE arrest|ban COERCE restrict|emergency COERCE restrict|deportation COERCE deport
suspension SANCTION -|expulsion SANCTION expel|severance SANCTION diplomatic
resignation RETREAT -|withdrawal RETREAT military|pullout RETREAT military|pull-out RETREAT military|retreat RETREAT military
deployment MOBILIZE military|mobilization MOBILIZE military|mobilisation MOBILIZE military|buildup MOBILIZE military
show MOBILIZE -
build-up MOBILIZE military
patrol MOBILIZE police
release RETREAT release|evacuation RETREAT military|handover RETREAT -|concession CONCEDE -|pardon CONCEDE legal
amnesty CONCEDE legal|donation AID -|loan AID economic|relief AID humanitarian|airlift AID humanitarian
kidnapping ASSAULT abduct|abduction ASSAULT abduct|massacre ASSAULT massacre|ambush ASSAULT -|killing ASSAULT -
incursion ASSAULT -|hijacking ASSAULT abduct|counteroffensive ASSAULT -|counter-offensive ASSAULT -
assassination ASSAULT assassinate|rejection REJECT -|refusal REJECT -|veto REJECT -|walkout PROTEST demo
tribute SUPPORT -|rebuke ACCUSE criticize|cooperation COOPERATE -|partnership COOPERATE -|endorsement SUPPORT -|praise SUPPORT -
recognition SUPPORT recognize|apology SUPPORT apologize|seizure COERCE seize|confiscation COERCE seize
extradition COOPERATE legal|siege COERCE blockade|permission CONCEDE -|restriction COERCE restrict|curb COERCE restrict
drawdown RETREAT military|demarche ACCUSE complain|purge COERCE -|representation ACCUSE complain
clemency CONCEDE legal|reprieve CONCEDE legal|blessing SUPPORT -|undertaking AGREE -|assurance AGREE -|understanding AGREE agreement
counterattack ASSAULT -|counter-attack ASSAULT -|onslaught ASSAULT -|barrage ASSAULT heavy-weapons|shellfire ASSAULT heavy-weapons
torture ASSAULT beat|beating ASSAULT beat|hostage-taking ASSAULT abduct|imprisonment COERCE arrest|internment COERCE arrest
lockdown COERCE restrict|censorship COERCE restrict|denunciation ACCUSE criticize|reprimand ACCUSE criticize|censure ACCUSE criticize
pledge AGREE -|promise AGREE -|dialogue CONSULT -|collaboration COOPERATE -|grant AID economic|airdrop AID humanitarian
"""

_LIGHT_VERBS = {
    "CONSULT": "hold have conduct begin start open resume continue attend host make pay convene join launch",
    "SANCTION-CONSULT": "end halt suspend terminate cancel break call abandon quit postpone",
    "AGREE": "reach sign conclude seal strike clinch make achieve ink finalize agree announce approve observe honour honor "
    "give",  # "gave an undertaking / assurances"
    "ASSAULT": "launch carry conduct stage mount unleash open begin start intensify step escalate resume commit exchange "
    "press continue pursue expand widen trade order make",
    "SANCTION": "impose slap announce introduce adopt extend tighten levy reimpose expand approve order",
    "COERCE": "impose declare issue enforce launch carry conduct make extend order institute reimpose tighten",
    "AID": "send provide give deliver supply grant ship donate airlift extend approve",
    "PROTEST": "stage hold organize organise launch begin continue go lead join attend extend call",
    "COOPERATE": "hold conduct launch stage begin start order approve",
    "ACCUSE": "open launch begin file lodge level voice hold order conduct present produce bring make issue "
    "draw attract prompt spark provoke earn exchange trade",
    "THREATEN": "issue make give deliver send",
    "REQUEST": "issue make renew repeat reiterate send submit file lodge",
    "RETREAT": "complete begin start announce order finish carry approve authorize authorise",
    "MOBILIZE": "announce declare order begin start complete approve step increase boost intensify raise heighten stage mount "
    "strengthen bolster beef tighten",
    "CONCEDE": "give grant announce declare",
    "SUPPORT": "pay give lend",  # "paid tribute to", "gave its blessing to"
}

# What trade curbs and bans fall on: "banned imports of Australian wine", "curbs on exports to South Korea".
TRADE_WORDS = frozenset(["import", "export", "shipment", "trade", "sale", "purchase"])

# Object classes: noun lemma -> mode (AID) or simply membership.
OBJECT_CLASSES: dict[str, dict[str, str | None]] = {
    "aid": {
        **dict.fromkeys(
            _words(
                "weapon arm drone missile ammunition munition tank jet fighter helicopter artillery rifle gun "
                "rocket howitzer equipment armament warship helmet vest armour armor radar launcher warplane submarine frigate "
                "firearm vehicle"
            ),
            "military",
        ),
        **dict.fromkeys(
            _words(
                "money loan grant credit fund funding dollar euro pound yen yuan rupee rouble ruble cash investment"
            ),
            "economic",
        ),
        **dict.fromkeys(
            _words(
                "food medicine medical supply humanitarian shelter blanket vaccine tent water fuel grain wheat "
                "generator clothing maize rice flour corn sorghum doctor nurse medic rescuer"
            ),
            "humanitarian",
        ),
        "aid": None,
        "assistance": None,
        "asylum": "asylum",
        "peacekeeper": "peacekeeping",
    },
    "people": dict.fromkeys(
        _words(
            "prisoner hostage detainee captive man woman mayor activist soldier journalist sailor civilian "
            "dissident people national citizen leader member fisherman migrant refugee worker student protester "
            "demonstrator opponent suspect crew pilot tourist child person inmate militant fighter rebel lawmaker "
            "guerrilla insurgent separatist "
            "officer official politician "
            "judge justice minister president premier governor senator diplomat general commander spy monk nun priest "
            "bishop cleric blogger writer lawyer businessman executive editor reporter photographer"
        )
    ),
    "ties": {
        **dict.fromkeys(
            _words(
                "tie relation talk negotiation cooperation contact exchange flight trade program programme mission "
                "dialogue"
            )
        ),
        # Cutting supplies or help is CAMEO 162 (reduce or stop material aid).
        **dict.fromkeys(_words("aid assistance delivery supply shipment export funding loan"), "aid"),
    },
    "envoy": dict.fromkeys(_words("ambassador envoy diplomat charge chargé attache consul")),
    # what a party can ignore in defiance (CAMEO 128): "ignored a court order", "ignored the UN deadline"
    "demands": dict.fromkeys(
        _words("call demand order deadline ultimatum appeal warning resolution request plea ruling")
    ),
    "assets": dict.fromkeys(_words("asset account fund reserve")),
    "forces": dict.fromkeys(
        _words(
            "troop force soldier army unit warship battalion brigade division tank police carrier destroyer frigate "
            "reinforcement paratrooper marine recruit flotilla armada warplane bomber gunboat"
        )
    ),
    "weapons": dict.fromkeys(
        _words(
            "missile rocket shell mortar shot bullet round weapon battery gun artillery bomb device grenade stone rock drone "
            "brick molotov cocktail firebomb gas cannon projectile flare"
        )
    ),
    "proposal": dict.fromkeys(_words("proposal plan offer request demand call idea claim appeal suggestion bid")),
    # "dismissed the sanctions / the accusations as worthless"; not "dismissed the minister" (fired him)
    "dismissable": dict.fromkeys(
        _words(
            "proposal plan offer request demand call idea claim appeal suggestion bid sanction accusation "
            "allegation charge report criticism warning threat concern resolution ruling verdict statement"
        )
    ),
    "claims": dict.fromkeys(_words("claim accusation allegation charge report responsibility involvement wrongdoing")),
    "disputes": dict.fromkeys(_words("dispute conflict difference row quarrel disagreement issue")),
    "deals": dict.fromkeys(
        _words("deal agreement accord pact treaty ceasefire cease-fire truce armistice compromise settlement swap")
    ),
    "talks": dict.fromkeys(_words("talk negotiation dialogue meeting summit conference contact exchange")),
    "acceptable": dict.fromkeys(
        _words(
            "proposal plan offer request demand condition invitation deal agreement truce ceasefire cease-fire accord"
        )
    ),
    # what a court, parliament or government throws out, scuttles or flouts: claims, bills, plans, rules
    # (not "the baby")
    "rejectable": dict.fromkeys(
        _words(
            "proposal plan offer request demand deal agreement accord claim case bill motion appeal petition suit "
            "lawsuit law charge resolution application bid talk negotiation rule sanction ban order ceasefire truce "
            "deadline embargo treaty"
        )
    ),
    # what air forces scramble or station ("scrambled fighter jets"); not "scrambled to respond"
    "warplanes": dict.fromkeys(_words("jet fighter warplane bomber interceptor aircraft helicopter gunship")),
    "sentences": dict.fromkeys(_words("sentence term penalty punishment")),  # "commuted the death sentences"
    "groups": dict.fromkeys(_words("party parties group movement union opposition organisation organization")),
    "restrictions": {
        **dict.fromkeys(_words("sanction embargo boycott blockade siege"), "ease"),
        **dict.fromkeys(_words("ban curfew restriction emergency censorship control law rule"), "legal"),
    },
    "refuge": dict.fromkeys(_words("refuge asylum aid help assistance shelter protection")),
    "norms": dict.fromkeys(
        _words(
            "ban law rule order resolution constitution embargo sanction deal agreement accord pact treaty commitment"
        )
    ),
    "passage": dict.fromkeys(
        _words(
            "road roads bridge transport traffic highway street border crossing access railway intersection junction"
        )
    ),
    # what police or troops seal off or cordon off: passages and places ("sealed off the area"), not markets
    "cordoned": dict.fromkeys(
        _words(
            "road roads bridge highway street border crossing intersection junction motorway avenue square area "
            "district neighbourhood neighborhood town city village building compound zone centre center parliament "
            "palace embassy ministry headquarters office camp campus university"
        )
    ),
    "outlets": dict.fromkeys(
        _words(
            "newspaper paper station radio website office border crossing embassy university school mosque church "
            "airspace port internet"
        )
    ),
    "allowable": dict.fromkeys(_words("observer inspector monitor access entry return election opposition party")),
    "information": dict.fromkeys(_words("intelligence information evidence data")),
    "returnable": dict.fromkeys(
        _words(
            "territory land property prisoner hostage body remains island detainee captive asset village town "
            "document passport vessel ship boat artefact artifact archive power control district province region "
            "sovereignty enclave tanker"
        )
    ),
    # "burned villages" is an attack; "burned a flag" or "burned fuel" is not.
    "symbols": dict.fromkeys(_words("effigy flag portrait picture poster")),
    "property": dict.fromkeys(
        _words("village house home building town church mosque temple shop school office car vehicle hut camp embassy")
    ),
    # "broke up a rally" is repression; "broke up the cartel" or "the talks broke up" is not.
    "gatherings": dict.fromkeys(
        _words("protest demonstration rally march sit-in gathering crowd meeting strike vigil")
    ),
    "bodies": dict.fromkeys(_words("parliament party assembly legislature government council union group")),
    "places": dict.fromkeys(
        _words("city town village country territory area region base zone capital province island post airport port")
    ),
    # "received the visiting prime minister": a visitor received is a visit hosted (not aid received).
    "guests": dict.fromkeys(
        _words(
            "minister president premier leader delegation envoy counterpart chancellor king queen prince emir "
            "sultan official visitor secretary ambassador diplomat mediator guest monarch chief commander general"
        )
    ),
    "gathering": dict.fromkeys(
        _words("summit meeting conference talk session ceremony forum funeral inauguration olympics games")
    ),
    "sentiment": {
        **dict.fromkeys(
            _words("support sympathy condolence solidarity gratitude appreciation thanks sorrow regret confidence")
        ),
        # Disapproval expressed is an ACCUSE (CAMEO 110), not support.
        **dict.fromkeys(
            _words(
                "concern alarm outrage anger disappointment dismay indignation displeasure dissatisfaction discontent"
            ),
            "disapprove",
        ),
    },
}

# Verbs that govern an embedded event ("agreed to set up", "threatened to attack"): the governing
# event is coded, the embedded one only gives it a mode.
# Sports and contest reporting borrows the words of violence ("beat", "attack", "shoot", "battle it out");
# these words mark a game or a prize race, unless the sentence also has one of violence's own.
SPORT_WORDS = frozenset(
    _words(
        "match game goal goals striker midfielder defender goalkeeper keeper referee league cup final semi-final "
        "season tournament championship champions coach squad club innings wicket penalty football rugby cricket "
        "tennis golf premiership playoff playoffs quarter-final derby race athlete athletics medal olympic "
        "olympics marathon sprinter stadium player players fixture trophy prize award awards nominee "
        "nominated oscar oscars bafta grammy chart box-office"
    )
)
VIOLENCE_WORDS = frozenset(
    _words(
        "kill killed dead wound wounded injure injured bomb gun troops soldier soldiers police army military "
        "missile rocket shell militant militants rebel rebels"
    )
)
# "would like Turkey to release…": a present wish, not a supposition.
POLITE_WANTS = frozenset(_words("like love prefer"))
# Verbs whose object (a statement, a rally) speaks or acts for the verb's subject: "issued a declaration
# demanding…", "staged a rally calling for…".
ISSUING_VERBS = frozenset(
    _words(
        "issue release publish adopt pass sign send make deliver present draft unveil announce submit table write "
        "post put read circulate approve stage hold organise organize lead launch mount"
    )
)
# People who are acted upon, whatever their country: "beat migrants at the border with Bosnia".
PEOPLE_NOUNS = frozenset(
    _words(
        "migrant refugee people man woman child protester demonstrator civilian journalist worker villager "
        "resident activist student passenger prisoner detainee worshipper pilgrim fisherman tourist farmer person"
    )
)
CEASEFIRE_WORDS = frozenset(_words("ceasefire cease-fire truce armistice"))
# Drills and war games ("joint naval manoeuvres"); alone they are a show of force, jointly cooperation
DRILL_NOUNS = frozenset(_words("exercise drill maneuver manoeuvre war-game wargame game"))
# Verbs that end or ease something: sanctions eased (CAMEO 085), protests suspended
ENDING_VERBS = frozenset(_words("end halt suspend terminate lift ease drop remove"))
# Verbs whose conjoined subjects act on each other ("exchanged fire", "traded accusations", "swapped prisoners")
MUTUAL_VERBS = frozenset(_words("exchange trade swap"))
EMBEDDING_KINDS = {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "CONCEDE"}
# Verbs that qualify an embedded event without being one.
NEGATING_GOVERNORS = frozenset(_words("fail deny refrain avoid unable"))
FUTURE_GOVERNORS = frozenset(
    _words("plan schedule expect prepare set intend willing ready prepared committed determined")
)
HYPOTHETICAL_GOVERNORS = frozenset(
    _words("want hope seek try wish consider aim propose need like attempt likely unlikely possible probable")
)
SPEECH_VERBS = frozenset(
    _words(
        "say tell add note quote report claim state announce insist stress warn write explain argue declare "
        "confirm reply told"
    )
)


def _parse_verbs(source: str = _VERBS) -> dict[str, Trigger]:
    table = {}
    for line in source.strip().splitlines():
        lemma, kind, mode, slots, *flags = line.split()
        objects = next((f.split("=", 1)[1] for f in flags if f.startswith("objects=")), None)
        table[lemma] = Trigger(
            kind=kind,
            mode=None if mode == "-" else mode,
            recipient=() if slots == "-" else tuple(slots.split(",")),
            objects=objects,
            symmetric="sym" in flags,
        )
    return table


def _parse_nouns() -> dict[str, Trigger]:
    table = {}
    for cell in "|".join(_NOUNS.strip().splitlines()).split("|"):
        lemma, kind, mode = cell.split()
        symmetric = kind in {"CONSULT", "AGREE"} or lemma in {"clash", "fighting"}
        table[lemma] = Trigger(
            kind=kind,
            mode=None if mode == "-" else mode,
            recipient=("with", "between", "on", "against", "to", "for", "into"),
            symmetric=symmetric,
        )
    return table


@cache
def verb_triggers() -> dict[str, Trigger]:
    return _parse_verbs()


@cache
def phrasal_triggers() -> dict[tuple[str, str], Trigger]:
    """ "blow up", "crack down": keyed by (lemma, particle)."""
    return {tuple(key.split("+")): trigger for key, trigger in _parse_verbs(_PHRASAL).items()}


@cache
def noun_triggers() -> dict[str, Trigger]:
    return _parse_nouns()


@cache
def attack_nouns() -> frozenset[str]:
    """Event nouns of force ("attack", "ambush", "shelling"), which a harm or a backing can be told by."""
    return frozenset(lemma for lemma, trigger in noun_triggers().items() if trigger.kind == "ASSAULT")


@cache
def light_verbs() -> dict[str, frozenset[str]]:
    return {kind: frozenset(words.split()) for kind, words in _LIGHT_VERBS.items()}
