"""Texts that must never be linked as near-duplicates (our own writing).

Each group is one kind of trap; README ("Linking copies") states the policy:
- same_event: two outlets' own stories of one event, sharing names,
  figures and one verbatim quote;
- agency_update: an agency's first version and its update (new toll, new
  paragraphs) under another URL;
- templated: stories built from one template with other figures and names;
- press_release: two outlets' own rewrites of one press release.
"""

TRAPS = {
    "same_event": {
        "elmsley-ferry-courier": (
            "Fourteen passengers were taken off the ferry Marram Star on Thursday morning after it struck "
            "the outer breakwater at Port Elmsley in thick fog.\n"
            "The crossing from Tollan had left at 6.55 am and was minutes from its berth when the hull "
            "scraped along the granite blocks, the operator said.\n"
            "Two crew members were treated for minor injuries at Elmsley General and later discharged.\n"
            "Harbour master Ines Rourke said: \"We were lucky that nobody was standing on the foredeck when "
            "she touched the wall, because the jolt threw loose gear across it.\"\n"
            "The company has cancelled the afternoon sailings while divers check the hull, and says "
            "passengers booked for Friday should expect delays of up to two hours.\n"
            "It is the second incident at the breakwater this year; in March a fishing boat lost its "
            "rudder on the same stretch."
        ),
        "elmsley-ferry-gazette": (
            "Divers were inspecting the hull of the Marram Star last night, hours after the Tollan ferry "
            "ran into the Port Elmsley breakwater with fourteen people aboard.\n"
            "Fog had closed in over the approaches before dawn. According to the coastguard, visibility was "
            "below fifty metres when the vessel drifted off the leading lights.\n"
            "\"We were lucky that nobody was standing on the foredeck when she touched the wall, because the "
            "jolt threw loose gear across it,\" harbour master Ines Rourke told reporters on the quay.\n"
            "Two of the crew needed treatment at Elmsley General. Neither was badly hurt.\n"
            "Local councillors want an inquiry into the lighting on the breakwater, which a fishing skipper "
            "hit in March. The operator has suspended sailings until the divers finish, and warns of "
            "knock-on delays for Friday travellers."
        ),
    },
    "agency_update": {
        "quarry-collapse-first": (
            "At least three workers died on Monday when a wall of the Carrow Hill quarry collapsed during "
            "blasting, regional police said.\n"
            "Twelve other workers were injured, four of them seriously, and rescue teams were searching "
            "the rubble for two men still missing, a police spokesman told reporters at the site.\n"
            "The quarry, which employs about 140 people, supplies crushed stone for the motorway works "
            "north of Varby.\n"
            "The cause of the collapse was not yet known. The operator, Carrow Aggregates, said it was "
            "cooperating fully with investigators and had halted work at its two other sites.\n"
            "Blasting at the quarry had been suspended for six weeks last year after residents complained "
            "about cracks in nearby houses."
        ),
        "quarry-collapse-update": (
            "Five workers died on Monday when a wall of the Carrow Hill quarry collapsed during blasting, "
            "regional police said, raising an earlier toll of three after rescuers found two missing men.\n"
            "Nineteen other workers were injured, seven of them seriously, a police spokesman told "
            "reporters at the site late in the evening.\n"
            "The quarry, which employs about 160 people, supplies crushed stone for the motorway works "
            "north of Varby.\n"
            "Prosecutors opened an investigation into possible negligence on Tuesday. The operator, Carrow "
            "Aggregates, said it was cooperating fully and had halted work at its three other sites.\n"
            "Blasting at the quarry had been suspended for nine weeks last year after residents complained "
            "about cracks in nearby houses. The regional governor declared Wednesday a day of mourning."
        ),
    },
    "templated": {
        "results-rovers-united": (
            "Kestrel Rovers beat Millbrook United 3-1 at Elm Park on Saturday to climb to fourth in the "
            "table.\n"
            "Rovers went ahead after 12 minutes through Dara Quill, and Tomas Berne doubled the lead on 38 "
            "minutes.\n"
            "United pulled one back on 55 minutes through Owen Lusk, but Quill added a third with 9 minutes "
            "left.\n"
            "The attendance was 6,412. Rovers have now won 7 of their last 9 league matches.\n"
            "Next Saturday Rovers travel to Hythe Athletic, while United host Carden Town."
        ),
        "results-athletic-town": (
            "Hythe Athletic beat Carden Town 2-0 at Marsh Lane on Saturday to climb to seventh in the "
            "table.\n"
            "Athletic went ahead after 27 minutes through Kofi Arden, and Lewis Strand doubled the lead on "
            "64 minutes.\n"
            "Town had a goal disallowed on 71 minutes for offside, and Arden hit the post with 4 minutes "
            "left.\n"
            "The attendance was 3,980. Athletic have now won 5 of their last 8 league matches.\n"
            "Next Saturday Athletic host Kestrel Rovers, while Town travel to Millbrook United."
        ),
        "weather-ardley": (
            "Ardley will wake to frost on Tuesday, with temperatures of -2C at dawn rising to 6C by the "
            "afternoon under clear skies.\n"
            "Winds will be light, at 8 km/h from the north-west, and the chance of rain is 5 per cent.\n"
            "On Wednesday cloud will build from the west, with a high of 9C and a 40 per cent chance of "
            "showers after 3 pm.\n"
            "Sunrise on Tuesday is at 7.41 am and sunset at 4.12 pm. The pollen count is low.\n"
            "Drivers are advised to allow extra time on untreated roads before 9 am."
        ),
        "weather-corby-sands": (
            "Corby Sands will wake to drizzle on Tuesday, with temperatures of 7C at dawn rising to 11C by "
            "the afternoon under grey skies.\n"
            "Winds will be fresh, at 31 km/h from the south-west, and the chance of rain is 80 per cent.\n"
            "On Wednesday the rain will clear to the east, with a high of 13C and a 20 per cent chance of "
            "showers after 11 am.\n"
            "Sunrise on Tuesday is at 7.22 am and sunset at 4.48 pm. The pollen count is moderate.\n"
            "Walkers are advised to avoid the cliff path below Gannet Head before noon."
        ),
        "earnings-brightwell": (
            "Brightwell Foods reported a pre-tax profit of £48.2 million for the year to March, up from "
            "£41.7 million, on revenue of £612 million.\n"
            "The company will pay a final dividend of 6.4p a share, bringing the total for the year to "
            "9.1p.\n"
            "Chief executive Hanna Volk said demand for chilled ready meals had grown by 8 per cent, while "
            "energy costs had fallen by a fifth.\n"
            "Shares rose 3.2 per cent to 418p in early trading. The group employs 5,300 people at 11 sites."
        ),
        "earnings-marlow-textiles": (
            "Marlow Textiles reported a pre-tax profit of £12.9 million for the year to March, down from "
            "£15.3 million, on revenue of £233 million.\n"
            "The company will pay a final dividend of 2.1p a share, bringing the total for the year to "
            "3.5p.\n"
            "Chief executive Rhys Penner said demand for technical fabrics had fallen by 6 per cent, while "
            "cotton costs had risen by a third.\n"
            "Shares fell 5.8 per cent to 97p in early trading. The group employs 1,850 people at 4 sites."
        ),
    },
    "press_release": {
        "tidewater-plant-herald": (
            "Tidewater Batteries will build a £95 million recycling plant at the former Lowmoor colliery, "
            "creating 220 jobs by 2028, the company announced on Wednesday.\n"
            "The site will recover lithium, nickel and cobalt from about 30,000 tonnes of used car "
            "batteries a year. Construction starts in the spring.\n"
            "Managing director Priya Castell called Lowmoor the obvious choice because of its rail siding "
            "and the skills left behind by mining.\n"
            "The county council, which sold the land, expects a further 400 jobs among suppliers. Union "
            "officials welcomed the news but asked for guarantees on local hiring."
        ),
        "tidewater-plant-observer": (
            "Used car batteries from across the north will be stripped for their metals at Lowmoor, where "
            "Tidewater Batteries plans to spend £95 million on a new plant.\n"
            "Around 220 people should be working there within five years, according to the firm, and the "
            "county council believes suppliers could add 400 more.\n"
            "For a former pit village the announcement carries weight. The colliery closed decades ago and "
            "its rail siding has been idle since.\n"
            "Priya Castell, Tidewater's managing director, pointed to that siding, and to the engineering "
            "skills still found locally, as reasons for the choice. Building work is due to begin next "
            "spring, with capacity for 30,000 tonnes a year."
        ),
    },
}


def all_traps() -> dict[str, str]:
    """name -> text, every group together."""
    return {f"{group}/{name}": text for group, texts in TRAPS.items() for name, text in texts.items()}
