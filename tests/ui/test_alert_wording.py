"""Each level says one thing to do, never contradicts itself and never mentions a medicine or a dose."""

from __future__ import annotations

import re

import pytest

from tracker.domain.alerts import CALL_NOW, CONTACT_TODAY, EMERGENCY, LEVELS, MENTION
from tracker.services.care_team import CareTeam
from tracker.ui.alerts import wording

DOSING = re.compile(r"\b(take|taking|dose|doses|dosage|mg|increase|decrease|stop taking|tablet|pill|medicine)\b",
                    re.I)
#: The one time-frame each level's heading commits to; no other level's heading may use it.
PROMISE = {EMERGENCY: "now", CALL_NOW: "now", CONTACT_TODAY: "today", MENTION: "next appointment"}


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("for_name", [None, "Sam"])
def test_heading_and_instruction_agree_and_give_no_dosing_advice(qapp, level, for_name):
    heading = wording.heading(level, emergency_number="999", for_name=for_name)
    instruction = wording.instruction(level, emergency_number="999")
    assert PROMISE[level] in heading
    for other, promise in PROMISE.items():
        if promise != PROMISE[level]:
            assert promise not in heading, (level, other)
    if level in (EMERGENCY, CALL_NOW):
        assert "today" not in instruction and "no need" not in instruction.lower()
    if level == MENTION:
        assert "now" not in instruction.split() and "no need to call" in instruction.lower()
    for text in (heading, instruction):
        assert not DOSING.search(text), text
    if for_name:
        assert "Sam" in heading and "your" not in heading.lower().split()


def test_emergency_shows_the_emergency_number_and_call_now_the_24_hour_line(qapp):
    team = CareTeam("Acute oncology", "0800 123 4567")
    assert wording.phone_line(EMERGENCY, team, "112") == "Emergency: 112"
    assert wording.phone_line(CALL_NOW, team, "112") == "Acute oncology: 0800 123 4567"
    assert wording.phone_line(MENTION, team, "112") == ""
    assert wording.heading(EMERGENCY, emergency_number="911") == "Call 911 now"
