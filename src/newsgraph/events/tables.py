"""PLOVER v0.8 types, their default CAMEO codes, and CAMEO's Goldstein scale and GDELT QuadClass.

Written for newsgraph from the public CAMEO codebook values (CAMEO 1.1b3, Goldstein 1992 as
used by GDELT); only the codes the lexicon emits are listed. A consistency test checks them
against GDELT's table where ../shared is present.
"""

from __future__ import annotations

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# (PLOVER type, mode) -> CAMEO code; mode None is the type's default.
_PLOVER_CAMEO = """
AGREE - 030|AGREE economic 0311|AGREE military 0312|AGREE humanitarian 0333|AGREE meet 036|AGREE settle 037
AGREE aid 033|AGREE agreement 030|AGREE mediate 039|AGREE ceasefire 0356
CONSULT - 040|CONSULT phone 041|CONSULT visit 042|CONSULT host 043|CONSULT third-party 044
CONSULT mediate 045|CONSULT negotiate 046
SUPPORT - 051|SUPPORT defend 052|SUPPORT recognize 054|SUPPORT apologize 055|SUPPORT forgive 056|SUPPORT cooperate 050|SUPPORT agreement 057
CONCEDE - 080|CONCEDE legal 081|CONCEDE political 083
COOPERATE - 060|COOPERATE economic 061|COOPERATE military 062|COOPERATE legal 063|COOPERATE intelligence 064
AID - 070|AID economic 071|AID military 072|AID humanitarian 073|AID peacekeeping 074|AID asylum 075
RETREAT - 084|RETREAT release 0841|RETREAT ease 085|RETREAT access 086|RETREAT military 087|RETREAT ceasefire 0871
REQUEST - 100|REQUEST appeal 020|REQUEST aid 103|REQUEST meet 106|REQUEST political 104|REQUEST yield 105
REQUEST invite 026
ACCUSE - 112|ACCUSE criticize 111|ACCUSE investigate 090|ACCUSE complain 114|ACCUSE legal 115|ACCUSE disapprove 110
ACCUSE convict 116
REJECT - 120|REJECT meet 125|REJECT aid 122|REJECT yield 124|REJECT defy 128
THREATEN - 130|THREATEN non-force 131|THREATEN arrest 132|THREATEN military 138|THREATEN ultimatum 139|THREATEN sanction 1312
PROTEST - 140|PROTEST demo 141|PROTEST hunger 142|PROTEST strike 143|PROTEST obstruct 144|PROTEST riot 145
SANCTION - 160|SANCTION diplomatic 161|SANCTION aid 162|SANCTION embargo 163|SANCTION negotiate 164|SANCTION expel 166
MOBILIZE - 150|MOBILIZE police 153|MOBILIZE military 154|MOBILIZE alert 152
COERCE - 170|COERCE seize 171|COERCE restrict 172|COERCE arrest 173|COERCE deport 174|COERCE blockade 191
COERCE occupy 192
ASSAULT - 190|ASSAULT unconventional 180|ASSAULT abduct 181|ASSAULT beat 182|ASSAULT bombing 183|ASSAULT assassinate 186
ASSAULT repression 175|ASSAULT firearms 193|ASSAULT heavy-weapons 194|ASSAULT aerial 195|ASSAULT ceasefire-violation 196|ASSAULT massacre 202
ASSAULT cbrn 204
"""

# CAMEO code -> Goldstein value (conflict -10 .. cooperation +10).
_GOLDSTEIN = """
020 3.0|026 4.0|030 4.0|0311 5.2|0312 5.2|0333 5.2|033 5.2|036 4.0|037 5.0|039 5.0|0356 7.0|057 8.0
031 5.2|032 4.5|0331 5.2|0332 5.2|0334 6.0|035 7.0
040 1.0|041 1.0|042 1.9|043 2.8|044 2.5|045 5.0|046 7.0
050 3.5|051 3.4|052 3.5|054 6.0|055 7.0|056 7.0
060 6.0|061 6.4|062 7.4|063 7.4|064 7.0
070 7.0|071 7.4|072 8.3|073 7.4|074 8.5|075 7.0
080 5.0|081 5.0|083 5.0|084 7.0|0841 7.0|085 7.0|086 9.0|087 9.0|0871 9.0
090 -2.0|100 -5.0|103 -5.0|104 -5.0|105 -5.0|106 -5.0
110 -2.0|111 -2.0|112 -2.0|114 -2.0|115 -2.0|116 -2.0
120 -4.0|122 -4.0|124 -5.0|125 -5.0|128 -5.0
130 -4.4|131 -5.8|132 -5.8|1312 -5.8|138 -7.0|139 -7.0
140 -6.5|141 -6.5|142 -6.5|143 -6.5|144 -7.5|145 -7.5
150 -7.2|152 -7.2|153 -7.2|154 -7.2
160 -4.0|161 -4.0|162 -5.6|163 -6.5|164 -7.0|166 -8.0
170 -7.0|171 -9.2|172 -5.0|173 -5.0|174 -5.0|191 -9.5|192 -9.5
180 -9.0|181 -9.0|182 -9.5|183 -10.0|186 -10.0|190 -10.0|193 -10.0|194 -10.0|195 -10.0|196 -9.5|202 -10.0|204 -10.0
"""


def _rows(table: str) -> list[list[str]]:
    return [cell.split() for line in table.strip().splitlines() for cell in line.split("|") if cell.strip()]


PLOVER_CAMEO: dict[tuple[str, str | None], str] = {
    (kind, None if mode == "-" else mode): code for kind, mode, code in _rows(_PLOVER_CAMEO)
}
GOLDSTEIN: dict[str, float] = {code: float(value) for code, value in _rows(_GOLDSTEIN)}


def cameo_code(kind: str, mode: str | None = None) -> str | None:
    """The CAMEO code for a PLOVER type and mode, falling back to the type's default."""
    return PLOVER_CAMEO.get((kind, mode)) or PLOVER_CAMEO.get((kind, None))


def quad_class(cameo: str | None) -> int | None:
    """GDELT QuadClass from the CAMEO root: 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    return 4 if 14 <= root <= 20 else None


def goldstein(cameo: str | None) -> float | None:
    if not cameo:
        return None
    value = GOLDSTEIN.get(cameo)
    return GOLDSTEIN.get(cameo[:3]) if value is None else value
