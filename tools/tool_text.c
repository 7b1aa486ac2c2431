/* The terminal player's own words in English, Swedish and Norwegian Bokmål.
 * The scenario's and the scoring model's texts come from their files; these
 * are only the frame around them. */
#include "tool.h"

static const char *const words[TOOL_TEXT_COUNT][SV_LANG_COUNT] = {
    [TT_LIKES] = {"likes", "gillningar", "liker"},
    [TT_SHARES] = {"shares", "delningar", "delinger"},
    [TT_COMMENTS] = {"comments", "kommentarer", "kommentarer"},
    [TT_IN_REPLY] = {"(in reply)", "(svar)", "(svar)"},
    [TT_NOT_WATCHED] = {"[not watched]", "[bevakas inte]", "[overvåkes ikke]"},
    [TT_SECONDS_TO_ANSWER] = {"s to answer", "s att svara på", "s til å svare"},
    [TT_NOT_AVAILABLE] = {"(not available now)", "(inte möjligt nu)", "(ikke mulig nå)"},
    [TT_OR_COMPOSE] = {"Or compose a reply from these parts, sent",
                       "Eller bygg ett svar av de här delarna, skickat",
                       "Eller sett sammen et svar av disse delene, sendt"},
    [TT_IN_PUBLIC] = {"in public", "offentligt", "offentlig"},
    [TT_IN_PRIVATE] = {"in private", "privat", "privat"},
    [TT_BY_DEFAULT] = {"by default", "som standard", "som standard"},
    [TT_YOU_CHOSE] = {"You chose", "Du valde", "Du valgte"},
    [TT_NO_ANSWER] = {"No answer in time; by default,", "Inget svar i tid; som standard,",
                      "Ikke svart i tide; som standard,"},
    [TT_TIME_RAN_OUT] = {"Time ran out", "Tiden tog slut", "Tiden gikk ut"},
    [TT_INJECT] = {"Inject", "Inspel", "Innspill"},
    [TT_FOR_FACILITATOR] = {"for the facilitator", "för spelledaren", "for fasilitatoren"},
    [TT_DEBRIEF] = {"Debrief", "Genomgång", "Gjennomgang"},
    [TT_DECISION] = {"Decision", "Beslut", "Beslutning"},
    [TT_YOU] = {"You", "Du", "Du"},
    [TT_NOTHING] = {"nothing (the time ran out)", "inget (tiden tog slut)",
                    "ingenting (tiden gikk ut)"},
    [TT_AFTER] = {"after", "efter", "etter"},
    [TT_MOVED] = {"Meters moved", "Mätarna rörde sig", "Målerne flyttet seg"},
    [TT_WHY] = {"Why", "Varför", "Hvorfor"},
    [TT_BEST] = {"That was the best the model saw.", "Det var det bästa modellen såg.",
                 "Det var det beste modellen så."},
    [TT_BETTER] = {"Better", "Bättre", "Bedre"},
    [TT_POINTS_MORE] = {"points more", "poäng mer", "poeng mer"},
    [TT_STANDING] = {"While posts stood unanswered, and at the end",
                     "Medan inlägg stod obesvarade, och vid slutet",
                     "Mens innlegg sto ubesvart, og ved slutten"},
    [TT_LESSONS] = {"What this run teaches (the principles that cost the most)",
                    "Det här lär omgången dig (principerna som kostade mest)",
                    "Dette lærer runden deg (prinsippene som kostet mest)"},
    [TT_LEFT_STANDING] = {"posts left unanswered", "inlägg som lämnades obesvarade",
                          "innlegg som ble stående ubesvart"},
    [TT_SECONDS] = {"s", "s", "s"},
    [TT_BEFORE_OPEN] = {"before you could answer, not counted in the lessons",
                        "innan du kunde svara, räknas inte i lärdomarna",
                        "før du kunne svare, teller ikke i lærdommene"},
    [TT_OVER_TIME] = {"Meters over time", "Mätarna över tid", "Målerne over tid"},
    [TT_FINAL] = {"Final state", "Slutläge", "Sluttstilling"},
    [TT_COMPOSED] = {"composed", "eget svar", "eget svar"},
    [TT_CROWD_SEEN] = {"seen by", "sett av", "sett av"},
    [TT_CROWD_OF] = {"of", "av", "av"},
    [TT_CROWD_SIDE] = {"on your side", "på er sida", "på deres side"},
    [TT_CROWD_REPLY] = {"your reply", "ert svar", "svaret deres"},
    [TT_CROWD_POST] = {"post by", "inlägg av", "innlegg av"},
    [TT_GOES_OUT_AT] = {"it goes out at", "det skickas", "det sendes"},
    [TT_EARLIER] = {"before you took over", "innan du tog över", "før du tok over"},
    [TT_DROPPED] = {"Not everything was kept: a table of the run was full",
                    "Allt sparades inte: en tabell i körningen var full",
                    "Ikke alt ble tatt vare på: en tabell i kjøringen var full"},
};

static const char *const meters[SV_METER_COUNT][SV_LANG_COUNT] = {
    {"reputation", "anseende", "omdømme"},
    {"sentiment", "stämning", "stemning"},
    {"mood", "kundens humör", "kundens humør"},
    {"reach", "räckvidd", "rekkevidde"},
};

const char *tool_text(ToolText t, sv_Lang lang)
{
    if ((unsigned)t >= TOOL_TEXT_COUNT || (unsigned)lang >= SV_LANG_COUNT) return "?";
    return words[t][lang];
}

const char *tool_meter(sv_Meter m, sv_Lang lang)
{
    if ((unsigned)m >= SV_METER_COUNT || (unsigned)lang >= SV_LANG_COUNT) return "?";
    return meters[m][lang];
}
