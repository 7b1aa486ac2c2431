/* The HTML report's own words (its headings, labels, captions and the P/S/M/U
 * explanation) in English, Swedish and Norwegian Bokmål, as a facilitator
 * would write an after-action report in each. Where the game says the same
 * thing (assets/lang/en.json, sv.json, nb.json: the board, the debrief, the meters) the words
 * are the game's; test_workshop checks that they stay so. {1}, {2} are
 * filled in by the report; the texts are HTML (the ratings' <b> only). */
#include "core_util.h"
#include "workshop_internal.h"

static const char *const words[SV_RW_COUNT][SV_LANG_COUNT] = {
    [SV_RW_REPORT] = {"Workshop report", "Workshoprapport", "Workshoprapport"},
    [SV_RW_FACILITATOR] = {"Facilitator", "Facilitator", "Fasilitator"},
    [SV_RW_PACK] = {"Pack", "Paket", "Pakke"},
    [SV_RW_SEED] = {"Seed", "Slumpfrö", "Frø"},
    [SV_RW_TEAMS] = {"Teams", "Lag", "Lag"},
    [SV_RW_WORKSHOP_ID] = {"Workshop id", "Workshop-id", "Workshop-ID"},
    [SV_RW_TEAM] = {"Team", "Lag", "Lag"},
    [SV_RW_MEMBERS] = {"Members", "Deltagare", "Deltakere"},
    [SV_RW_SCENARIO] = {"Scenario", "Scenario", "Scenario"},
    [SV_RW_GRADE] = {"Grade", "Betyg", "Karakter"},
    [SV_RW_ENDING] = {"Ending", "Slut", "Slutt"},
    [SV_RW_NO_ENDING] = {"no ending", "inget slut", "ingen slutt"},
    [SV_RW_REPUTATION] = {"Reputation", "Anseende", "Omdømme"},
    [SV_RW_SENTIMENT] = {"Sentiment", "Stämning", "Stemning"},
    [SV_RW_MOOD] = {"Customer's mood", "Kundens humör", "Kundens humør"},
    [SV_RW_REACH] = {"Reach", "Räckvidd", "Rekkevidde"},
    [SV_RW_NO_PLAY] = {"no play recorded", "ingen omgång sparad", "ingen runde lagret"},
    [SV_RW_DECISIONS] = {"Decisions, team by team", "Beslut, lag för lag",
                         "Beslutninger, lag for lag"},
    [SV_RW_DECISIONS_INTRO] =
        {"Under each answer: what was chosen (an option, or the composed parts in order), what "
         "the rules it set off were worth (points, as the grade counts them: reputation twice, "
         "sentiment and mood once) and how long the team took.",
         "Under varje svar: vad som valdes (ett alternativ, eller de valda delarna i ordning), vad "
         "reglerna som det utlöste var värda (poäng, räknade som betyget räknar dem: anseendet "
         "dubbelt, stämningen och humöret en gång) och hur lång tid laget tog på sig.",
         "Under hvert svar: hva som ble valgt (et alternativ, eller de valgte delene i "
         "rekkefølge), hva reglene det utløste, var verdt (poeng, regnet slik karakteren regnes: "
         "omdømmet dobbelt, stemningen og humøret én gang) og hvor lang tid laget brukte."},
    [SV_RW_DECISION] = {"Decision", "Beslut", "Beslutning"},
    [SV_RW_ANSWER] = {"Answer", "Svar", "Svar"},
    [SV_RW_NOT_MET] = {"did not come up", "kom inte upp", "kom ikke opp"},
    [SV_RW_LAPSED] = {"not answered before the end", "inte besvarat före slutet",
                      "ikke besvart før slutten"},
    [SV_RW_TIMED_OUT] = {"no answer: time ran out", "inget svar: tiden tog slut",
                         "ikke noe svar: tiden gikk ut"},
    [SV_RW_BY_DEFAULT] = {"default", "automatiskt", "automatisk"},
    [SV_RW_CHART_TEAMS] = {"Reputation over time: {1}", "Anseende över tid: {1}",
                           "Omdømme over tid: {1}"},
    [SV_RW_CHART_TEAM] = {"{1}: the meters over time in {2}", "{1}: mätarna över tid i {2}",
                          "{1}: målerne over tid i {2}"},
    [SV_RW_DIFFERED] = {"Where the teams differed most", "Där lagen skilde sig mest",
                        "Der lagene skilte seg mest"},
    [SV_RW_DIFFERENT_ANSWERS] = {"Different answers", "Olika svar", "Ulike svar"},
    [SV_RW_SPREAD] = {"Best minus worst (points)", "Bäst minus sämst (poäng)",
                      "Best minus dårligst (poeng)"},
    [SV_RW_OF_TEAMS] = {"{1} of {2} teams", "{1} av {2} lag", "{1} av {2} lag"},
    [SV_RW_ALIKE] = {"Every team answered alike.", "Alla lag svarade likadant.",
                     "Alle lagene svarte likt."},
    [SV_RW_RATINGS] = {"Principles: P/S/M/U per team", "Principer: P/S/M/U per lag",
                       "Prinsipper: P/S/M/U per lag"},
    [SV_RW_RATINGS_INTRO] =
        {"As in HSEEP after-action reports: <b>P</b> performed without challenges (no rule on "
         "the principle penalised the team), <b>S</b> with some challenges (penalised at most a "
         "third of the times it came up), <b>M</b> with major challenges (more often, but "
         "followed at least once), <b>U</b> unable to perform (only penalised). Figures: rules "
         "that rewarded / penalised it.",
         "Som i HSEEP:s utvärderingsrapporter (after-action reports): <b>P</b> utfört utan "
         "svårigheter (ingen regel om principen gav laget avdrag), <b>S</b> med vissa "
         "svårigheter (avdrag högst var tredje gång den kom upp), <b>M</b> med stora "
         "svårigheter (avdrag oftare, men följd minst en gång), <b>U</b> kunde inte utföras "
         "(bara avdrag). Siffror: regler som belönade den / gav avdrag för den.",
         "Som i HSEEPs evalueringsrapporter (after-action reports): <b>P</b> utført uten "
         "utfordringer (ingen regel om prinsippet ga laget poengtrekk), <b>S</b> med noen "
         "utfordringer (poengtrekk høyst hver tredje gang det kom opp), <b>M</b> med store "
         "utfordringer (poengtrekk oftere, men fulgt minst én gang), <b>U</b> kunne ikke "
         "utføres (bare poengtrekk). Tall: regler som belønnet det / ga poengtrekk for det."},
    [SV_RW_PRINCIPLE] = {"Principle", "Princip", "Prinsipp"},
    [SV_RW_PLAN] = {"Improvement plan", "Förbättringsplan", "Forbedringsplan"},
    [SV_RW_ISSUE] = {"What went wrong", "Vad som gick fel", "Hva som gikk galt"},
    [SV_RW_ACTION] = {"Corrective action", "Åtgärd", "Tiltak"},
    [SV_RW_RESPONSIBLE] = {"Responsible", "Ansvarig", "Ansvarlig"},
    [SV_RW_DUE] = {"Due", "Klart senast", "Frist"},
    [SV_RW_NONE_BROKEN] = {"No principle was broken.", "Ingen princip bröts.",
                           "Ingen prinsipp ble brutt."},
    [SV_RW_OF_100] = {"{1} of 100", "{1} av 100", "{1} av 100"},
    [SV_RW_PASSED] = {"passed", "godkänt", "bestått"},
    [SV_RW_NOT_PASSED] = {"not passed", "inte godkänt", "ikke bestått"},
    [SV_RW_PASS_MARK] = {"pass mark {1}", "godkäntgräns {1}", "beståttgrense {1}"},
    [SV_RW_PLAYED] = {"Played {1} UTC", "Spelat {1} UTC", "Spilt {1} UTC"},
    [SV_RW_RULES_FIRED] = {"Rules that fired", "Regler som slog till", "Regler som slo til"},
    [SV_RW_NO_RULE] = {"no rule fired", "ingen regel slog till", "ingen regel slo til"},
    [SV_RW_FOOTER] = {"Made by Svara from the teams' result files.",
                      "Sammanställd av Svara utifrån lagens resultatfiler.",
                      "Generert av Svara fra lagenes resultatfiler."},
    [SV_RW_DECIMAL] = {".", ",", ","},
};

const char *sv_report_word(sv_ReportWord w, sv_Lang lang)
{
    if (!sv_in_range((int32_t)w, SV_RW_COUNT)) return "";
    const char *s = words[w][sv_in_range((int32_t)lang, SV_LANG_COUNT) ? lang : SV_LANG_EN];
    return s ? s : "";
}
