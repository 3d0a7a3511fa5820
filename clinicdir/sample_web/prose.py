"""The words of the sample sites: pools of paragraphs each site draws its own selection from.

Every paragraph is written so that the only vocabulary terms it reveals are the ones it is about: a general
paragraph may say "depression" and "ketamine infusion" (every ketamine site in the catalog treats depression by
infusion) and nothing else a route or condition matcher would pick up; a condition section names its own condition
only. That keeps each site's text saying exactly what the answer key says it offers. No paragraph carries a price.
"""

from __future__ import annotations

import random
import zlib

HEROES = (
    "When depression has outlasted every medication you have tried, there is still a next step. Our physicians "
    "give low-dose ketamine infusions in a calm, medically supervised setting.",
    "Rapid relief is possible. We help adults whose depression has not lifted with standard care, one carefully "
    "monitored ketamine infusion at a time.",
    "A different kind of clinic for a stubborn kind of depression: unhurried visits, a nurse beside you, and a plan "
    "that adapts to how you respond.",
    "Feel like yourself again. Our team has guided people through thousands of ketamine infusions, and we still "
    "treat every first visit as the most important one.",
)

GENERAL = (
    "Ketamine was approved as an anesthetic in 1970 and has a long safety record in operating rooms and "
    "emergency departments. The doses we use for mood care are a small fraction of an anesthetic dose.",
    "Many of the people who reach us have tried several medications and years of talk therapy without the relief "
    "they hoped for. Depression that resists treatment is common, and it is not a personal failing.",
    "Your first visit begins with a conversation: your history, the medications you take now, and what you hope "
    "will change. We then plan a first series of sessions over two to three weeks and check in after each one.",
    "During a session you rest in a quiet private room with a reclining chair and a warm blanket. Some people "
    "listen to music through headphones; others prefer silence or an eye mask.",
    "A registered nurse watches your blood pressure, heart rate and oxygen level for the whole session, and the "
    "dose can be slowed or stopped at any moment if you ask.",
    "Change often shows up in small ways first: getting out of bed more easily, noticing colours again, answering "
    "a friend's message. A short daily journal helps you and your clinician see it together.",
    "After the first series some people need nothing more for months, while others return when they sense the old "
    "heaviness creeping back. We plan maintenance with you rather than booking it by default.",
    "Please arrange for someone to drive you home after each visit. You should not drive, operate machinery or make "
    "important decisions until the next morning.",
    "With your permission we send a brief summary to your psychiatrist, therapist or family doctor after each phase "
    "of care, so that everyone treating you works from the same picture.",
    "Ketamine acts on glutamate, the brain's most common chemical messenger, rather than on serotonin. Researchers "
    "think this is why it can help people for whom the usual antidepressants did little.",
    "Most people feel a little detached or dreamy during an infusion. The feeling fades within half an hour of the "
    "drip ending, and we keep you with us until you are steady on your feet.",
    "Eat nothing for six hours before your appointment and drink only clear fluids for the last two. Take your usual "
    "morning medications unless your clinician told you otherwise.",
    "We are not a replacement for your existing care. The best results we see come when infusions are paired with "
    "therapy, sleep routines, movement and the people who support you.",
    "Our medical director is a board-certified anesthesiologist, and every session is overseen by a clinician "
    "trained in airway management and advanced cardiac life support.",
    "Not everyone is a good candidate. Uncontrolled high blood pressure, some heart conditions, pregnancy and a "
    "history of psychosis are reasons we may recommend a different path.",
    "Evenings and Saturday mornings are available for people who cannot take time off work, and we keep two chairs "
    "free each week for urgent referrals from local clinicians.",
)

WELLNESS = (
    "Our lounge is a calm place to rehydrate after travel, a long week or a hard workout. Every drip is mixed to "
    "order by a registered nurse and takes about forty-five minutes.",
    "Choose a recovery blend, an immunity boost or a beauty blend, relax in a reclining chair, and leave feeling "
    "refreshed. Memberships and group bookings are available.",
    "Walk-ins are welcome, but booking ahead guarantees your chair. Please drink water and eat a light meal before "
    "your appointment.",
    "Each visit starts with a short health questionnaire and a blood pressure check, so that the nurse can suggest "
    "the blend that suits you.",
    "Hosting a bachelorette weekend or a team offsite? Our mobile nurses can bring the lounge to your hotel suite.",
)

# Condition code -> (section heading, paragraph). Each paragraph names only its own condition.
CONDITION_SECTIONS: dict[str, tuple[str, str]] = {
    "depression": (
        "Treatment-resistant depression",
        "Depression is called treatment-resistant when two or more antidepressants, taken long enough at a proper "
        "dose, have not brought relief. Ketamine infusions work through a different pathway, and many people notice "
        "a lift within days rather than weeks.",
    ),
    "bipolar_depression": (
        "Bipolar depression",
        "The low phases of bipolar disorder are often the hardest to treat, and several antidepressants can tip a "
        "person toward mania. We coordinate closely with your prescriber and keep your mood stabilizer in place.",
    ),
    "postpartum_depression": (
        "Postpartum depression",
        "Postpartum depression affects roughly one new parent in seven. We offer priority scheduling for new "
        "parents and talk through feeding plans with you before any session.",
    ),
    "ptsd": (
        "PTSD",
        "Post-traumatic stress keeps the body on alert long after the danger has passed. Infusions can soften the "
        "grip of intrusive memories enough for trauma-focused therapy to take hold, and many veterans and first "
        "responders come to us for exactly that reason.",
    ),
    "anxiety": (
        "Anxiety",
        "Generalized anxiety often travels with low mood. Some of our patients find that the constant background "
        "worry quiets along with it, and we track both with short questionnaires at every visit.",
    ),
    "ocd": (
        "OCD",
        "Early studies of ketamine in obsessive-compulsive disorder found a quick, if sometimes brief, easing of "
        "intrusive thoughts. We pair infusions with exposure and response prevention therapy whenever we can.",
    ),
    "suicidal_ideation": (
        "Suicidal thoughts",
        "Ketamine is one of the few treatments studied for its rapid effect on suicidal thoughts. If you are in "
        "immediate danger, please call or text 988 or go to the nearest emergency room first; we work alongside "
        "crisis care, never instead of it.",
    ),
    "chronic_pain": (
        "Chronic pain",
        "Chronic pain changes how the spinal cord and brain process signals, so that ordinary sensations hurt. "
        "Longer, higher-dose infusions can reset part of that sensitivity for some patients.",
    ),
    "crps": (
        "CRPS",
        "Complex regional pain syndrome (CRPS) usually follows an injury to an arm or leg and can spread well beyond "
        "it. Multi-day infusion protocols have been studied for it for over two decades.",
    ),
    "fibromyalgia": (
        "Fibromyalgia",
        "Fibromyalgia brings widespread aching, poor sleep and fatigue. Results with ketamine vary from person to "
        "person, so we start with a short trial and measure how you respond before committing to more.",
    ),
    "migraine": (
        "Migraine",
        "For people with frequent, disabling migraine attacks that have not responded to preventive medicines, a "
        "series of infusions may reduce how often attacks come and how long they last.",
    ),
}

# Blog posts: everyday money talk that has nothing to do with the clinic's fees.
BLOG_POSTS = (
    ("Five small habits that helped our patients this year",
     "The average household spends about $1,200 a year on sleep aids from the pharmacy, and a gym membership runs "
     "$60 a month. Small habits add up the other way too: a daily walk costs nothing, and neither does a regular "
     "bedtime."),
    ("We ran a charity 5K",
     "Thank you to everyone who joined us by the river last month. Together our team raised $8,450 for the county "
     "food bank, and the raffle winner took home a $250 bike shop gift card."),
    ("New parking for our patients",
     "The garage next door now validates tickets for our visitors. Street meters cost $2.50 an hour and the "
     "city's two-hour limit is enforced, so the garage is the easier choice on treatment days."),
)

FEE_MENU_LABELS = ("Pricing", "Fees", "Cost", "Pricing & Payment")


def pick(pool: tuple[str, ...], site_key: str, count: int, page: str) -> tuple[str, ...]:
    """`count` different paragraphs of the pool in an order of their own for each site and page.

    Seeded with a string, so the choice is the same in every run (string seeds do not depend on PYTHONHASHSEED).
    """
    return tuple(random.Random(f"{site_key}/{page}").sample(pool, min(count, len(pool))))


def choice(options: tuple[str, ...], site_key: str) -> str:
    return options[zlib.crc32(site_key.encode()) % len(options)]
