#!/usr/bin/env python3
"""Writes the planted packs of tests/lint: one small pack per authoring check
of `svara-tool check` (svara/lint.h), each a copy of the clean pack 00-clean
with one mistake planted. expect.txt (the exact located lines the check must
print) is written by hand next to each. Run from anywhere; the output is the
same on every run, so `git status` shows no change when nothing was edited.
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def manifest(languages=("en",)):
    m = {
        "format": 1, "id": "lint", "title": "Lint", "version": "1.0.0",
        "languages": list(languages), "authors": ["Svara tests"], "licence": "CC0-1.0",
        "scenarios": ["s.json"],
    }
    if len(languages) > 1:
        m["description"] = "Mistakes planted for the checks."
    return m


def option(oid, text="Sorry, that should not happen. We are on it.", **more):
    o = {"id": oid, "text": text, "tags": ["empathy"],
         "annotation": "EMPATHY: it answers the customer.", "expert": "recommended"}
    o.update(more)
    return o


BASE = {
    "format": 1, "id": "mini", "title": "Mini", "summary": "A minimal scenario.",
    "briefing": "You answer for Parcelpal.",
    "brand": {"name": "Parcelpal", "handle": "@parcelpal", "colour": "#1a7f5a"},
    "duration": 600,
    "channels": [{"id": "feed", "type": "public-feed", "name": "Feed"}],
    "personas": [{"id": "maja", "name": "Maja Lind", "handle": "@majalind", "role": "complainer"}],
    "posts": [{"id": "p1", "at": 0, "channel": "feed", "author": "maja", "valence": "negative",
               "text": "Where is my parcel?"}],
    "decisions": [{"id": "d1", "at": 5, "about": "p1", "prompt": "Answer Maja.", "deadline": 60,
                   "options": [option("o-sorry")]}],
    "endings": [{"id": "plain", "title": "Over", "text": "It is over."}],
}


def case(name, change, languages=("en",)):
    sc = copy.deepcopy(BASE)
    change(sc)
    folder = os.path.join(HERE, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "pack.json"), "w") as f:
        json.dump(manifest(languages), f, indent=2)
        f.write("\n")
    with open(os.path.join(folder, "s.json"), "w") as f:
        json.dump(sc, f, indent=2, ensure_ascii=False)
        f.write("\n")


def d1(sc):
    return sc["decisions"][0]


def unreachable(sc):
    sc["posts"].append({"id": "p-lost", "channel": "feed", "author": "maja",
                        "valence": "neutral", "text": "Hello?"})
    sc["events"] = [{"id": "e-lost", "effects": [{"post": "p-lost"}]}]
    sc["decisions"].append({"id": "d-lost", "prompt": "Never.", "deadline": 30,
                            "options": [option("o-never")]})


def endings(sc):
    sc["flags"] = ["won-back"]
    sc["endings"] = [{"id": "won", "when": {"flag": "won-back"}, "title": "Won", "text": "Won."},
                     {"id": "plain", "title": "Over", "text": "It is over."},
                     {"id": "late", "when": {"meter": "mood", "op": ">", "value": 50},
                      "title": "Late", "text": "Too late."}]


def flag_never_read(sc):
    sc["flags"] = ["sorry-said"]
    d1(sc)["options"][0]["effects"] = [{"set": "sorry-said"}]


def flag_never_set(sc):
    sc["flags"] = ["escalated"]
    sc["events"] = [{"id": "e-press", "at": 100, "when": {"flag": "escalated"},
                     "effects": [{"meter": "reputation", "add": -5}]}]


def var_range(sc):
    sc["variables"] = [{"id": "cost", "initial": 0, "min": 0, "max": 1000}]
    d1(sc)["options"][0]["effects"] = [{"var": "cost", "add": 100}]
    sc["endings"].insert(0, {"id": "generous", "when": {"var": "cost", "op": ">=", "value": 500},
                             "title": "Generous", "text": "Very generous."})


def var_unchanged(sc):
    sc["variables"] = [{"id": "risk", "initial": 1}, {"id": "unused", "initial": 0}]
    sc["events"] = [{"id": "e-repeat", "at": 200, "when": {"var": "risk", "op": ">=", "value": 1},
                     "effects": [{"meter": "reach", "add": 100}]}]


def translation(sc):
    sc["summary"] = "A minimal scenario in two languages."
    sc["briefing"] = {"en": "You answer for Parcelpal today.",
                      "sv": "You answer for Parcelpal today."}
    sc["title"] = {"en": "Mini", "sv": "Mini"}
    sc["posts"][0]["text"] = {"en": "Where is my parcel?", "sv": "Var är mitt paket?"}
    sc["decisions"][0]["prompt"] = {"en": "Answer Maja.", "sv": "Svara Maja."}
    o = d1(sc)["options"][0]
    o["text"] = {"en": "Sorry, we are on it.", "sv": "Förlåt, vi tittar på det."}
    o["annotation"] = {"en": "EMPATHY: it answers the customer.",
                       "sv": "EMPATHY: det svarar kunden."}
    sc["endings"][0]["title"] = {"en": "Over", "sv": "Slut"}
    sc["endings"][0]["text"] = {"en": "It is over.", "sv": "Det är över."}


def loop(sc):
    sc["events"] = [{"id": "e-ping", "at": 30, "effects": [{"event": "e-pong"}]},
                    {"id": "e-pong", "effects": [{"meter": "reach", "add": 1},
                                                 {"event": "e-ping", "after": 0}]}]


def guarded_loop(sc):
    sc["variables"] = [{"id": "n", "initial": 0, "min": 0, "max": 10}]
    sc["events"] = [{"id": "e-count", "at": 30, "when": {"var": "n", "op": "<", "value": 3},
                     "effects": [{"var": "n", "add": 1}, {"event": "e-count"}]}]
    sc["endings"].insert(0, {"id": "counted", "when": {"var": "n", "op": ">=", "value": 3},
                             "title": "Counted", "text": "Three times."})


def dead_end(sc):
    sc["flags"] = ["asked"]
    d1(sc)["options"][0]["when"] = {"flag": "asked"}
    sc["decisions"].append({
        "id": "d2", "at": 100, "about": "p1", "prompt": "Write to Maja.", "deadline": 60,
        "composer": {"min": 2, "parts": [
            {"id": "q-hi", "kind": "greeting", "text": "Hi Maja,",
             "annotation": "A greeting.", "expert": "acceptable"},
            {"id": "q-late", "kind": "apologise", "text": "Sorry it took so long.",
             "when": {"elapsed": 300}, "annotation": "EMPATHY.", "expert": "recommended"}]}})


def pools(sc):
    sc["personas"].append({"id": "bo", "name": "Bo Ström", "handle": "@bo", "role": "troll"})
    sc["audience"] = {"size": 100, "segments": [
        {"id": "trolls", "kind": "troll", "count": 10, "stance": -90, "mobility": 80}],
        "comments": [
            {"kind": "troll", "stance": "supportive", "about": "complaint",
             "texts": ["Great job, Parcelpal!"]},
            {"kind": "press", "stance": "neutral", "about": "complaint",
             "texts": ["Interesting story."]},
            {"stance": "neutral", "about": "complaint", "texts": ["Hm."]}]}


def long_reply(sc):
    d1(sc)["options"][0]["text"] = ("We are so sorry about your parcel. " * 18).strip()
    d1(sc)["options"].append(option("o-long-ok", text=("Here is everything we know. " * 22).strip(),
                                    tags=["long"], expert="warned"))
    # eight parts past 420 characters: a wall to the model though under 560
    d1(sc)["options"].append(option("o-piled", text=("Thanks, and sorry about this. " * 15).strip(),
                                    structure=["greeting", "thank", "acknowledge", "apologise",
                                               "explain", "compensate", "contact", "sign-off"],
                                    expert="warned"))
    # seven of them, as long: not a wall
    d1(sc)["options"].append(option("o-seven", text=("Thanks, and sorry about this. " * 15).strip(),
                                    structure=["greeting", "thank", "acknowledge", "apologise",
                                               "explain", "compensate", "sign-off"],
                                    expert="warned"))


def no_verdict(sc):
    o = d1(sc)["options"][0]
    del o["expert"]
    d1(sc)["options"].append({"id": "o-bare", "text": "OK."})


def before_post(sc):
    sc["posts"][0]["at"] = 30


def glyphs(sc):
    # an emoji DejaVu Sans lacks in a plain string, two in one language of a
    # translated text, and ones it has (and a variation selector) left alone
    sc["posts"][0]["text"] = "Where is my parcel? \U0001F644"
    o = d1(sc)["options"][0]
    o["text"] = {"en": "Sorry \U0001F64C we are on it \U0001F44D",
                 "sv": "Förlåt \U0001F60A vi tittar på det \u2764\ufe0f"}
    o["annotation"] = {"en": "EMPATHY: it answers the customer.",
                       "sv": "EMPATHY: det svarar kunden."}
    sc["summary"] = {"en": "A minimal scenario.", "sv": "Ett minimalt scenario."}
    sc["briefing"] = {"en": "You answer for Parcelpal.", "sv": "Du svarar för Parcelpal."}
    sc["decisions"][0]["prompt"] = {"en": "Answer Maja.", "sv": "Svara Maja."}
    sc["endings"][0]["title"] = {"en": "Over", "sv": "Slut"}
    sc["endings"][0]["text"] = {"en": "It is over.", "sv": "Det är över."}


def fills_log(sc):
    sc["duration"] = 1814400
    sc["events"] = [{"id": "e-tick", "at": 60, "effects": [{"meter": "reach", "add": 1},
                                                          {"event": "e-tock", "after": 5}]},
                    {"id": "e-tock", "effects": [{"event": "e-tick", "after": 5}]}]


def hedged(sc):
    """A hedged sorry declared as one (nothing to report), an option tagged
    hedged with no apologise part in its structure, and a composer part so
    tagged that is not an apology."""
    d = d1(sc)
    d["options"][0].update(text="We're sorry if anyone felt let down.", structure=["apologise"],
                           tags=["hedged"], expert="warned")
    d["options"].append(option("o-rules", text="Our terms are on the website.",
                               structure=["explain"], tags=["hedged"], expert="warned"))
    d["composer"] = {"parts": [
        {"id": "p-sorry-if", "kind": "apologise", "text": "Sorry if that was unclear.",
         "tags": ["hedged"], "annotation": "EMPATHY: a sorry taken back.", "expert": "warned"},
        {"id": "p-terms", "kind": "explain", "text": "Our terms say so.", "tags": ["hedged"],
         "annotation": "FACTUAL: the terms.", "expert": "acceptable"}]}


def named_contact(sc):
    """A named person's line declared as a contact (nothing to report), an
    option tagged named-contact with no contact part in its structure, and a
    composer part so tagged that is not a contact."""
    d = d1(sc)
    d["options"][0].update(text="Sorry, Maja. Call me on 040-611 52 07, Petra, the manager.",
                           structure=["apologise", "contact"], tags=["named-contact"])
    d["options"].append(option("o-petra", text="Petra, our manager, is looking into it.",
                               structure=["explain"], tags=["named-contact"],
                               expert="acceptable"))
    d["composer"] = {"parts": [
        {"id": "p-line", "kind": "contact", "text": "Petra's direct line is 040-611 52 07.",
         "tags": ["named-contact"], "annotation": "CONTACT: a person and her line.",
         "expert": "recommended"},
        {"id": "p-petra", "kind": "explain", "text": "Petra, our manager, is on it.",
         "tags": ["named-contact"], "annotation": "FACTUAL: who is on it.",
         "expert": "acceptable"}]}


def ack_unknown(sc):
    """Maja's claim that the parcel was left at the wrong door is not known
    at the start: an option that acknowledges without naming what it
    confirms, and a composer part of kind acknowledge without `confirms`,
    confirm it too (a guess); an option and a part that name what they
    confirm, and an empathise part, are left alone."""
    sc["posts"][0]["claims"] = [{"id": "wrong-door", "text": "The parcel was left at the wrong door",
                                 "true": True, "known": False}]
    sc["facts"] = [{"id": "on-way", "text": "The parcel is on its way", "true": True, "known": True}]
    d = d1(sc)
    d["options"][0].update(text="You're right, Maja, and we're sorry.",
                           structure=["acknowledge", "apologise"])
    d["options"].append(option("o-named", text="Sorry, Maja: it is on its way.",
                               structure=["acknowledge", "apologise"], confirms=["on-way"],
                               expert="acceptable"))
    d["composer"] = {"parts": [
        {"id": "p-right", "kind": "acknowledge", "text": "You're right, Maja.",
         "annotation": "ORDER: agrees before anyone has checked.", "expert": "warned"},
        {"id": "p-way", "kind": "acknowledge", "text": "It is on its way.", "confirms": ["on-way"],
         "annotation": "FACTUAL: what is known.", "expert": "recommended"},
        {"id": "p-hear", "kind": "empathise", "text": "That sounds frustrating.",
         "annotation": "EMPATHY: heard.", "expert": "recommended"}]}


def sorry_in_ack(sc):
    """A sorry said inside an acknowledgement, which the scoring model does not
    read as an apology: an option with `acknowledge` and no `apologise` whose
    Swedish text says "Förlåt", and an `acknowledge` part that says "we're
    sorry". Left alone: a sorry beside an `apologise` in the structure, an
    apology told of in the past tense, sympathy ("sorry to hear", "ledsen att
    höra") and an `apologise` part."""
    def t(en, sv):
        return {"en": en, "sv": sv}
    note = t("ACKNOWLEDGE: it says what is so.", "ACKNOWLEDGE: det säger hur det är.")
    sc["summary"] = t("A minimal scenario.", "Ett minimalt scenario.")
    sc["briefing"] = t("You answer for Parcelpal.", "Du svarar för Parcelpal.")
    sc["posts"][0]["text"] = t("Where is my parcel?", "Var är mitt paket?")
    sc["decisions"][0]["prompt"] = t("Answer Maja.", "Svara Maja.")
    sc["endings"][0]["title"] = t("Over", "Slut")
    sc["endings"][0]["text"] = t("It is over.", "Det är över.")
    d = d1(sc)
    d["options"] = [
        option("o-sorry", text=t("You're right, Maja, the parcel is late.",
                                 "Du har rätt, Maja, paketet är sent. Förlåt!"),
               structure=["acknowledge"], annotation=note, expert="acceptable"),
        option("o-told", text=t("You're right, Maja; we have apologised to your neighbour too.",
                                "Du har rätt, Maja; vi har bett din granne om ursäkt också."),
               structure=["acknowledge"], annotation=note, expert="acceptable"),
        option("o-both", text=t("You're right, Maja, and we're sorry.",
                                "Du har rätt, Maja, och vi ber om ursäkt."),
               structure=["acknowledge", "apologise"], annotation=note)]
    d["composer"] = {"parts": [
        {"id": "p-right", "kind": "acknowledge",
         "text": t("You're right, Maja, and we're sorry.", "Du har rätt, Maja, och vi ber om ursäkt."),
         "annotation": note, "expert": "acceptable"},
        {"id": "p-hear", "kind": "acknowledge",
         "text": t("You're right, and sorry to hear it took so long.",
                   "Du har rätt, och jag är ledsen att höra att det dröjde."),
         "annotation": note, "expert": "recommended"},
        {"id": "p-sorry", "kind": "apologise", "text": t("We're sorry.", "Förlåt."),
         "annotation": t("APOLOGY: a plain sorry.", "APOLOGY: ett rakt förlåt."),
         "expert": "recommended"}]}


def allowed(sc):
    flag_never_read(sc)
    sc["_check_allow"] = {"flag-never-read": "the flag marks the answer for svara-tool play"}


def injects(sc):
    """One inject timed after the end, one whose post can never appear, and a
    good one whose decision reads the flag the inject's event sets (nothing
    to report)."""
    sc["flags"] = ["boss-spoke"]
    sc["injects"] = [
        {"id": "i-late", "at": 900, "title": "Too late", "guidance": "Never seen.",
         "post": {"id": "p-late", "channel": "feed", "author": "maja", "valence": "neutral",
                  "text": "Hello?"}},
        {"id": "i-never", "manual": True, "title": "Never shown", "guidance": "Nothing to see.",
         "post": {"id": "p-never", "channel": "feed", "author": "maja", "valence": "neutral",
                  "text": "Anyone?", "when": {"seen": "p-late"}}},
        {"id": "i-boss", "manual": True, "title": "The boss", "guidance": "Watch the room.",
         "event": {"id": "e-boss", "note": "The boss asks for an update.",
                   "effects": [{"set": "boss-spoke"}]},
         "decision": {"id": "d-boss", "prompt": "Answer the boss.", "deadline": 60,
                      "when": {"flag": "boss-spoke"},
                      "options": [option("o-update", action="ask-colleague")]}},
    ]


def thread_limit(sc):
    """A review site that takes one public answer per thread (`replies`).
    d-first and d-also open together on the review: each may answer there
    first, so each one's public option is warned, not the others (a private
    answer, an action without words).
    d-more opens only through d-first's answer, on the follow-up below the
    review: it never comes before d-first, and every answer it offers is
    public, so it can only time out."""
    sc["channels"].append({"id": "reviews", "type": "review-site", "name": "Reviews",
                           "replies": 1})
    sc["posts"] = [
        {"id": "p1", "at": 0, "channel": "reviews", "author": "maja", "valence": "negative",
         "text": "Two stars. The parcel came a week late."},
        {"id": "p2", "at": 0, "channel": "reviews", "author": "maja", "valence": "negative",
         "reply_to": "p1", "text": "And nobody answered the phone."},
    ]
    first = option("o-sorry", effects=[{"decision": "d-more"}])
    sc["decisions"] = [
        {"id": "d-first", "at": 5, "about": "p1", "prompt": "Answer Maja's review.",
         "deadline": 60,
         "options": [first, option("o-later", action="ignore", text="Leave it for now.")]},
        {"id": "d-also", "at": 5, "about": "p1", "prompt": "Or this way.", "deadline": 60,
         "options": [option("o-public"),
                     option("o-dm", visibility="private",
                            text="Sorry, Maja. We have sent you a message.")]},
        {"id": "d-more", "about": "p2", "prompt": "Maja writes again.", "deadline": 60,
         "options": [option("o-again", text="We are on the phones now, Maja.")]},
    ]


case("00-clean", lambda sc: None)
case("01-unreachable-nodes", unreachable)
case("02-unreachable-endings", endings)
case("03-flag-never-read", flag_never_read)
case("04-flag-never-set", flag_never_set)
case("05-variable-range", var_range)
case("06-variable-never-changed", var_unchanged)
case("07-untranslated", translation, languages=("en", "sv"))
case("08-zero-delay-loop", loop)
case("09-guarded-loop", guarded_loop)
case("10-no-way-forward", dead_end)
case("11-comment-pools", pools)
case("12-long-reply", long_reply)
case("13-missing-verdict", no_verdict)
case("14-decision-before-post", before_post)
case("15-allowed", allowed)
case("16-loop-fills-log", fills_log)
case("17-missing-glyph", glyphs, languages=("en", "sv"))
case("18-injects", injects)
case("19-thread-limit", thread_limit)
case("20-hedged-without-apology", hedged)
case("21-named-contact-without-contact", named_contact)
case("22-acknowledge-unknown-claim", ack_unknown)
case("23-sorry-in-acknowledge", sorry_in_ack, languages=("en", "sv"))
