/* Every hard limit of the core in one place. Going past one is a diagnostic
 * for the author, never a crash. */
#ifndef SVARA_LIMITS_H
#define SVARA_LIMITS_H

#define SV_FORMAT_VERSION 1

#define SV_MAX_FILE_BYTES (1024u * 1024u) /* one JSON file of a pack */
#define SV_MAX_PACK_FILES 128u            /* scenarios listed in one manifest */
#define SV_MAX_PACK_ENTRIES 4096u         /* files and folders in one pack .zip */
#define SV_MAX_PACK_PATH 255u             /* bytes of a file's path inside a pack */
#define SV_MAX_VERSION_BYTES 64u          /* a pack's version; replays keep it in 64 + NUL */
#define SV_MAX_TEXT_BYTES 4000u           /* one player-visible string, per language */
#define SV_MAX_ID_BYTES 64u               /* ids: [a-z0-9][a-z0-9_-]* */
#define SV_MAX_NAME_BYTES 100u            /* a name, handle, author or licence shown as it is */
#define SV_MAX_JSON_DEPTH 64u             /* nesting of arrays and objects in a file */
#define SV_MAX_COND_DEPTH 16u             /* nesting of all/any/not in one condition */

#define SV_MAX_NODES 4096u       /* posts + decisions + events + endings in one scenario */
#define SV_MAX_OPTIONS 16u       /* options of one decision */
#define SV_MAX_PARTS 24u         /* composer parts offered by one decision */
#define SV_MAX_COMPOSE 8u        /* parts the player may put in one composed reply */
#define SV_MAX_EFFECTS 64u       /* effects in one effect list */
#define SV_MAX_FLAGS 256u        /* flags declared by one scenario */
#define SV_MAX_VARS 64u          /* variables declared by one scenario */
#define SV_MAX_CHANNELS 8u       /* channels of one scenario */
#define SV_MAX_REPLIES 100u      /* a channel's replies: brand answers one thread takes */
#define SV_MAX_PERSONAS 256u     /* personas of one scenario */
#define SV_MAX_SEGMENTS 16u      /* audience segments of one scenario */
#define SV_MAX_AUDIENCE 1000000u /* simulated accounts in one scenario's crowd */
#define SV_MAX_COMMENT_POOLS 48u /* comment pools: one per (kind or any, stance, moment) */
#define SV_MAX_POOL_TEXTS 64u    /* texts in one comment pool */
#define SV_MAX_TOPICS 64u        /* public threads the crowd follows in one session */
#define SV_MAX_COMMENTS 4096u    /* crowd comments a session keeps (with their words) */
#define SV_MAX_NAMES 4096u       /* first or last names in one name list */
#define SV_MAX_TAGS 16u          /* tags on one option or part */
#define SV_MAX_ANSWERS 4u        /* further posts one option's reply also answers */
#define SV_MAX_AUTHORS 16u       /* authors in one manifest */
#define SV_MAX_SCENARIO_MS (21u * 24u * 3600u * 1000u) /* 21 days of simulated time */
/* The pressure dial (a workshop's deadline_percent, a replay's): decisions'
 * deadlines in percent of the scenario's, 100 as written. */
#define SV_DEADLINE_PCT_MIN 25u
#define SV_DEADLINE_PCT_MAX 400u
#define SV_MAX_DIAL_CHANGES 64u /* the facilitator's moves of the dial one replay keeps */
#define SV_MAX_HISTORY_MS (21u * 24u * 3600u * 1000u) /* how far back history may reach */
#define SV_MAX_FACTS 256u                             /* facts and claims of one scenario */
#define SV_MAX_FACT_REFS 16u /* facts one option or part confirms, denies or reveals */
#define SV_MAX_STEPS 4u      /* actions one option combines */
#define SV_MAX_EARLIER 64u   /* brand replies made before the player took over */
#define SV_MAX_INJECTS 32u   /* workshop injects of one scenario */

#define SV_MAX_REPLAY_INPUTS 4096u /* inputs in one replay file */
#define SV_MAX_QUEUE 8192u         /* pending scheduled items in one session */
#define SV_MAX_LOG 65536u          /* session log entries before the session ends itself */

/* situations in one pre- or post-test; an assessment pool holds twice as many */
#define SV_ASSESS_ITEMS 10u

#define SV_MAX_PATH 512u /* file names in diagnostics and mounts */

#endif
