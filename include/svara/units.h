/* The core's fixed-point units, named and documented once. Everything that
 * feeds the state hash is integer arithmetic in one of these; a bare 10, 100,
 * 1000 or 60 in the core is a count, never one of these conversions. The
 * conversions from the files' decimal numbers round exactly as the loaders
 * always have, so a unit's name changes no result. */
#ifndef SVARA_UNITS_H
#define SVARA_UNITS_H

#include <math.h>
#include <stdint.h>

/* ---- time: simulated milliseconds; files speak seconds ------------------------ */

#define SV_MS_PER_SECOND 1000
#define SV_SECONDS_PER_MINUTE 60
#define SV_MS_PER_MINUTE (SV_SECONDS_PER_MINUTE * SV_MS_PER_SECOND)
#define SV_MS_PER_DAY (24u * 3600u * 1000u)

/* seconds as a file writes them (may have a fraction) -> ms, rounded half away from zero */
static inline int64_t sv_ms_from_seconds(double seconds)
{
    return llround(seconds * (double)SV_MS_PER_SECOND);
}
static inline double sv_seconds_from_ms(double ms) { return ms / (double)SV_MS_PER_SECOND; }

/* ---- meters: tenths of a point (0..1000 is 0.0..100.0); reach: people ----------- */

#define SV_TENTHS_PER_POINT 10
/* reach joins the 0-100 meters in a single figure at 100 people a point */
#define SV_PEOPLE_PER_POINT 100

/* points as a file writes them -> tenths, rounded half away from zero */
static inline int32_t sv_tenths_from_points(double points)
{
    return (int32_t)llround(points * (double)SV_TENTHS_PER_POINT);
}

/* ---- scoring: raw units --------------------------------------------------------- */

/* Raw contributions are kept in units of 1/SV_SCORE_UNIT of a tenth of a point
 * (of a tenth of a person for reach): a rule's effect (tenths) times its weight
 * (hundredths) is a per-second tick share exactly, and times 60 a whole
 * firing. So no weight or tick ever rounds a contribution away. */
#define SV_SCORE_UNIT 6000
/* raw units per whole person of reach (reach is raw per tenth of a person) */
#define SV_SCORE_UNITS_PER_PERSON ((int64_t)SV_SCORE_UNIT * SV_TENTHS_PER_POINT)

/* ---- rule weights: hundredths (100 = the rule as written) ------------------------- */

#define SV_WEIGHT_ONE 100

/* a factor as a pack writes it (1.5) -> hundredths, rounded half up (factors are >= 0) */
static inline int32_t sv_weight_from_factor(double factor)
{
    return (int32_t)(factor * (double)SV_WEIGHT_ONE + 0.5);
}

/* ---- stance, mobility: thousandths (-1000 hostile .. 1000 supportive) ------------ */

#define SV_STANCE_ONE 1000

/* ---- shares: per mille (a tenth of a percent) --------------------------------------- */

#define SV_PER_MILLE 1000
#define SV_PERCENT 100

/* per mille (or tenths of a percent) from a percentage as a file writes it */
static inline int32_t sv_per_mille_from_percent(double percent)
{
    return (int32_t)lround(percent * (double)(SV_PER_MILLE / SV_PERCENT));
}

/* ---- the crowd: sixteenths ---------------------------------------------------------- */

/* The crowd carries shifts of stance and exposures still due in sixteenths of
 * a whole (a stance unit, an account), so small impulses add up instead of
 * rounding away. */
#define SV_CROWD_FINE 16

#endif
